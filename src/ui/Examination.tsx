import { examinationText } from '../i18n/content/clinic-pages';
import { isMuscleId } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';
import { Fold } from './Fold';
import { StretchDemo } from './stretch/StretchDemo';

/**
 * How a clinician finds the muscle's trigger points (position, flat or pincer palpation, from
 * outside or inside the mouth, what confirms it) and the muscle's stretch position. The patient
 * voice keeps the stretch alone, with its caution: finding trigger points is the clinician's part.
 */
export function Examination({ muscleId }: { readonly muscleId: string }) {
  const { t, voice } = useLabels();
  const exam = examinationText(t, muscleId, voice);
  const side = useViewer((s) => (s.selected?.muscleId === muscleId ? s.selected.side : null));
  if (!exam) return null;
  // Shown on the head for the selected side (src/movement/stretches.ts).
  const demo = side && isMuscleId(muscleId) ? <StretchDemo muscleId={muscleId} side={side} /> : null;
  if (voice === 'patient')
    return (
      <Fold id="stretch" title={t('ui:info.stretchPatient')}>
        <p>{exam.stretch}</p>
        <p className="hint">{t('ui:info.stretchCaution')}</p>
        {demo}
      </Fold>
    );
  return (
    <Fold id="examination" title={t('ui:info.examination')}>
      <dl>
        <dt>{t('ui:info.where')}</dt>
        <dd>{exam.find}</dd>
        <dt>{t('ui:info.palpation')}</dt>
        <dd>{exam.palpation.map((p) => t(`ui:info.palpationKind.${p}`)).join('; ')}</dd>
        <dt>{t('ui:info.access')}</dt>
        <dd>{t(`ui:info.accessKind.${exam.access}`)}</dd>
        <dt>{t('ui:info.confirms')}</dt>
        <dd>{exam.confirmation}</dd>
        <dt>{t('ui:info.stretch')}</dt>
        <dd>
          {exam.stretch} <span className="hint">{t('ui:info.stretchCaution')}</span>
        </dd>
      </dl>
      {demo}
      {exam.uncertain && <p className="hint uncertain">{t('ui:info.recalled')}</p>}
    </Fold>
  );
}
