import { useTranslation } from 'react-i18next';
import type { DescribedMuscle } from '../mapping';
import { Fold } from './Fold';

/** Says plainly where the pattern is recalled rather than checked against a cited page. */
export function UncertaintyNotes({ muscle }: { readonly muscle: DescribedMuscle }) {
  const { t } = useTranslation('ui');
  const uncertainZones = muscle.triggerPoints.flatMap((tp) =>
    tp.zones.filter((z) => z.uncertain).map((z) => z.description),
  );
  const uncertainTrps = muscle.triggerPoints.filter((tp) => tp.uncertain).map((tp) => tp.name);
  if (!muscle.uncertain && !muscle.notes && uncertainZones.length === 0 && uncertainTrps.length === 0) return null;
  return (
    <Fold id="uncertainty" title={t('info.uncertainty')}>
      {muscle.uncertain && <p>{t('info.muscleUncertain')}</p>}
      {muscle.notes && <p>{muscle.notes}</p>}
      {uncertainTrps.length > 0 && <p>{t('info.uncheckedTriggerPoints', { list: uncertainTrps.join('; ') })}</p>}
      {uncertainZones.length > 0 && <p>{t('info.uncheckedZones', { list: uncertainZones.join('; ') })}</p>}
    </Fold>
  );
}
