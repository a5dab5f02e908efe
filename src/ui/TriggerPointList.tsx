import { useTranslation } from 'react-i18next';
import type { DescribedMuscle } from '../mapping';

/** Where each trigger point lies; `muscle` comes translated. */
export function TriggerPointList({ muscle }: { readonly muscle: DescribedMuscle }) {
  const { t } = useTranslation('ui');
  return (
    <ol className="trigger-points">
      {muscle.triggerPoints.map((trp) => (
        <li key={trp.id}>
          <strong>{trp.name}</strong>: {trp.location}
          {trp.uncertain && <small className="uncertain"> · {t('info.uncertain')}</small>}
        </li>
      ))}
    </ol>
  );
}
