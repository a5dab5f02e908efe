import { useTranslation } from 'react-i18next';

/** Keys of common:redFlags, in the order they are read: the most urgent first. */
const flags = [
  'thunderclap',
  'feverStiffNeck',
  'neurological',
  'headInjury',
  'newAfter50',
  'worsening',
  'wakesOrVomiting',
  'cardiac',
  'giantCellArteritis',
] as const;

/** Signs that need a doctor rather than a trigger point chart. */
export function RedFlags() {
  const { t } = useTranslation();
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h3 id="red-flags-title">{t('redFlags.title')}</h3>
      <ul>
        {flags.map((f) => (
          <li key={f}>{t(`redFlags.${f}`)}</li>
        ))}
      </ul>
    </section>
  );
}
