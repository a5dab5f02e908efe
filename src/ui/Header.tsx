import { useState } from 'react';
import { Disclaimer } from './Disclaimer';

/** Title and the always-present way to the disclaimer and red flags. */
export function Header() {
  const [open, setOpen] = useState(() => !sessionStorage.getItem('disclaimer-seen'));
  const close = () => {
    sessionStorage.setItem('disclaimer-seen', '1');
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
