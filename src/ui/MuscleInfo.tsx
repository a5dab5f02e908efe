import { describeMuscle, type Muscle } from '../mapping';
import { muscleText } from '../i18n/content/muscle-details';
import { bestViewFor, useModelStatus, useViewer, type MuscleSide } from '../state';
import { AlsoExamine } from './AlsoExamine';
import { AnatomyDetails, EvidenceDetails } from './ClinicalDetails';
import { Examination } from './Examination';
import { HandoutButtons } from './handout/HandoutButtons';
import { useLabels } from './labels';
import { ReferralDescription } from './ReferralDescription';
import { SelfCareAdvice } from './SelfCareAdvice';
import { SymptomList } from './SymptomList';
import { TriggerPointList } from './TriggerPointList';
import { Fold } from './Fold';

/**
 * Everything the catalogue says about the selected muscle, in the order each reader wants it.
 * A clinician reads the anatomy first, then the pattern and its trigger points, how to examine,
 * the symptoms and self-care, and the evidence last. The patient voice keeps what a patient acts
 * on (where it hurts, what it feels like, what keeps it going, what to try) in that order and
 * leaves attachments, trigger point locations and sources out.
 */
export function MuscleInfo({ selected, muscle }: { selected: MuscleSide; muscle: Muscle }) {
  const select = useViewer((s) => s.select);
  const showView = useViewer((s) => s.showView);
  const has3d = useModelStatus((s) => s.phase === 'ready');
  const { t, voice, secondName, muscleLabel, groupName, depthName } = useLabels();
  const text = muscleText(t, describeMuscle(muscle));
  const clinician = voice === 'clinician';
  return (
    <section className="info-panel" aria-label={t('ui:info.label')}>
      <header>
        <h2>{muscleLabel(muscle.id, selected.side)}</h2>
        <p className="plain-name">{secondName(muscle.id)}</p>
        <p className="meta">
          {groupName(muscle.group)} · {depthName(muscle.layer)}
        </p>
        <div className="button-row">
          {has3d && (
            <button
              type="button"
              className="small turn-to-pattern"
              onClick={() => showView(bestViewFor(muscle.id, selected.side))}
            >
              {t('ui:info.turnToPattern')}
            </button>
          )}
          <button type="button" className="small" onClick={() => select(null)}>
            {t('ui:info.clear')}
          </button>
          <HandoutButtons selected={selected} />
        </div>
      </header>
      {clinician && <AnatomyDetails muscle={text} />}
      <Fold id="referred-pain" title={t('ui:info.referredPain')}>
        <p>{text.referralSummary}</p>
        {clinician && <ReferralDescription muscle={text} />}
      </Fold>
      {clinician && (
        <>
          <Fold id="trigger-points" title={t('ui:info.triggerPoints')}>
            <TriggerPointList muscle={text} />
          </Fold>
          <Examination muscleId={muscle.id} />
          <AlsoExamine muscleId={muscle.id} side={selected.side} />
        </>
      )}
      <Fold id="symptoms" title={t('ui:info.symptoms')}>
        <SymptomList muscle={text} voice={voice} />
      </Fold>
      <Fold id="perpetuating" title={t('ui:info.perpetuating')}>
        <ul>
          {text.perpetuatingFactors.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </Fold>
      {!clinician && (
        <>
          <AlsoExamine muscleId={muscle.id} side={selected.side} />
          <Examination muscleId={muscle.id} />
        </>
      )}
      <SelfCareAdvice muscle={muscle} />
      {clinician && <EvidenceDetails muscle={text} />}
    </section>
  );
}
