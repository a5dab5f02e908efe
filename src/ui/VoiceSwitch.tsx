import { useTranslation } from 'react-i18next';
import { usePreferences, voices } from '../state';

/** Patient or clinician wording: two buttons, one pressed, remembered on this device. */
export function VoiceSwitch() {
  const { t } = useTranslation();
  const voice = usePreferences((s) => s.voice);
  const setVoice = usePreferences((s) => s.setVoice);
  return (
    <div className="voice-switch" role="group" aria-label={t('voice.label')}>
      {voices.map((v) => (
        <button key={v} type="button" className="small" aria-pressed={voice === v} onClick={() => setVoice(v)}>
          {t(`voice.${v}`)}
        </button>
      ))}
    </div>
  );
}
