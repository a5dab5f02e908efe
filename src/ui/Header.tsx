import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclaimer } from './Disclaimer';
import { QuizButton } from './quiz/QuizButton';
import { TourMenu } from './tour/TourMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareButton } from './share/ShareButton';
import { VoiceSwitch } from './VoiceSwitch';

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

/** Title, language and voice, and the always-present way to the disclaimer and red flags. */
export function Header() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !seen());
  const close = () => {
    markSeen();
    setOpen(false);
  };
  return (
    <header className="app-header">
      <h1>{t('app.title')}</h1>
      <div className="header-tools">
        <TourMenu />
        <QuizButton />
        <ShareButton />
        <LanguageSwitch />
        <VoiceSwitch />
        <button type="button" className="warning" onClick={() => setOpen(true)}>
          {t('disclaimer.open')}
        </button>
      </div>
      <Disclaimer open={open} onClose={close} />
    </header>
  );
}
