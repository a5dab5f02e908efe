import { useTranslation } from 'react-i18next';
import { RED_FLAGS } from '../clinic/red-flags';
import { redFlagText } from '../i18n/content/red-flags';
import { safetySources } from '../mapping';
import { usePreferences } from '../state';

/** The guidance the red flags follow, each once, for the clinician who wants to read further. */
const cited = [...new Set(RED_FLAGS.flatMap((f) => f.sources))].map((id) => safetySources.find((s) => s.id === id)!);

/**
 * Signs that need a doctor rather than a trigger point chart, grouped by how soon, the most
 * urgent first; in plain words for patients, in clinical terms with their sources for clinicians.
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
      {voice === 'clinician' && (
        <>
          <h4>{t('ui:info.sources')}</h4>
          <ul className="sources">
            {cited.map((s) => (
              <li key={s.id}>
                <span className="source-id">[{s.id}]</span> {s.citation}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
