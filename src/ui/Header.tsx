import { useState } from 'react';
import { Disclaimer } from './Disclaimer';

const KEY = 'disclaimer-seen';

/** Storage can be switched off or refused; the disclaimer then simply shows on every visit. */
function seen(): boolean {
  try {
    // Only our own mark counts: anything else in that slot must not skip the red flags.
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function markSeen(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Nothing to remember it in.
  }
}

/** Title and the always-present way to the disclaimer and red flags. */
export function Header() {
  const [open, setOpen] = useState(() => !seen());
  const close = () => {
    markSeen();
    setOpen(false);
  };
  return (
    <header className="app-header">
      <h1>Head and neck trigger points</h1>
      <button type="button" className="warning" onClick={() => setOpen(true)}>
        Not a diagnosis · red flags
      </button>
      <Disclaimer open={open} onClose={close} />
    </header>
  );
}
