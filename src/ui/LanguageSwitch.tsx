import { useTranslation } from 'react-i18next';
import { isLanguage, languages, setLanguage } from '../i18n';

/**
 * The language choice. Each option is written in its own language ("Español" also on the English
 * screen), so someone who cannot read the current one still finds theirs.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languages.find((l) => l === i18n.resolvedLanguage) ?? 'en';
  return (
    <select
      className="language"
      aria-label={t('language.label')}
      value={current}
      onChange={(e) => {
        if (isLanguage(e.target.value)) setLanguage(e.target.value);
      }}
    >
      {languages.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`language.${l}`, { lng: l })}
        </option>
      ))}
    </select>
  );
}
