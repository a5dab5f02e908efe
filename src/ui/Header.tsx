import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclaimer } from './Disclaimer';
import { disclaimerSeen, markDisclaimerSeen } from './disclaimer-seen';
import { QuizButton } from './quiz/QuizButton';
import { TourMenu } from './tour/TourMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareButton } from './share/ShareButton';
import { VoiceSwitch } from './VoiceSwitch';

/** Title, language and voice, and the always-present way to the disclaimer and red flags. */
export function Header() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !disclaimerSeen());
  const close = () => {
    markDisclaimerSeen();
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
