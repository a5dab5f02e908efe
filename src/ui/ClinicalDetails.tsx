import { useTranslation } from 'react-i18next';
import type { DescribedMuscle } from '../mapping';
import { SourceList } from './SourceList';
import { UncertaintyNotes } from './UncertaintyNotes';
import { Fold } from './Fold';

/** The clinician's first read: where the muscle runs, its nerve and what it does. */
export function AnatomyDetails({ muscle }: { readonly muscle: DescribedMuscle }) {
  const { t } = useTranslation('ui');
  return (
    <Fold id="anatomy" title={t('info.anatomy')}>
      <dl>
        <dt>{t('info.origin')}</dt>
        <dd>{muscle.origin}</dd>
        <dt>{t('info.insertion')}</dt>
        <dd>{muscle.insertion}</dd>
        <dt>{t('info.innervation')}</dt>
        <dd>{muscle.innervation}</dd>
        <dt>{t('info.action')}</dt>
        <dd>{muscle.action}</dd>
      </dl>
    </Fold>
  );
}

/** The clinician's last read: how often it is the source, what is uncertain, and the sources. */
export function EvidenceDetails({ muscle }: { readonly muscle: DescribedMuscle }) {
  const { t } = useTranslation('ui');
  return (
    <>
      <Fold id="frequency" title={t('info.frequency')}>
        <p>{muscle.frequencyNote}</p>
      </Fold>
      <UncertaintyNotes muscle={muscle} />
      <Fold id="sources" title={t('info.sources')}>
        <SourceList muscle={muscle} />
      </Fold>
    </>
  );
}
