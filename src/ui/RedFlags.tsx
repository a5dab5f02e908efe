import { useTranslation } from 'react-i18next';
import { redFlagText } from '../i18n/content';
import { usePreferences } from '../state';

/**
 * Signs that need a doctor rather than a trigger point chart, grouped by how soon, the most
 * urgent first; in plain words for patients and in clinical terms for clinicians.
 */
export function RedFlags() {
  const { t } = useTranslation();
  const voice = usePreferences((s) => s.voice);
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h3 id="red-flags-title">{t('redFlags.title')}</h3>
      {redFlagText(t, voice).map((group) => (
        <div key={group.urgency} className={`red-flags-group urgency-${group.urgency}`}>
          <h4>{group.heading}</h4>
          <ul>
            {group.flags.map((f) => (
              <li key={f.id}>{f.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
