import { useTranslation } from 'react-i18next';
import type { Muscle } from '../mapping';
import { SourceList } from './SourceList';
import { UncertaintyNotes } from './UncertaintyNotes';

/** The clinician's first read: where the muscle runs, its nerve and what it does. */
export function AnatomyDetails({ muscle }: { readonly muscle: Muscle }) {
  const { t } = useTranslation('ui');
  return (
    <>
      <h3>{t('info.anatomy')}</h3>
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
    </>
  );
}

/** The clinician's last read: how often it is the source, what is uncertain, and the sources. */
export function EvidenceDetails({ muscle }: { readonly muscle: Muscle }) {
  const { t } = useTranslation('ui');
  return (
    <>
      <h3>{t('info.frequency')}</h3>
      <p>{muscle.frequencyNote}</p>
      <UncertaintyNotes muscle={muscle} />
      <h3>{t('info.sources')}</h3>
      <SourceList muscle={muscle} />
    </>
  );
}
