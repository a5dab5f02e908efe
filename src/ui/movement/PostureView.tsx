import { useTranslation } from 'react-i18next';
import { adviceText } from '../../i18n/content/self-care';
import {
  CRANIOVERTEBRAL_ANGLE_SOURCES,
  POSTURE_ADVICE,
  LENGTH_CHANGE_PERCENT,
  POSTURE_SOURCES,
  postureIds,
  type MuscleLength,
  type PostureId,
} from '../../movement';
import { postureChanges, useModelStatus, useViewer } from '../../state';
import { useLabels } from '../labels';
import { PosturePair } from './PosturePair';
import { SourceIds } from './SourceIds';

/**
 * The posture view: the head in neutral or forward head posture (a toggle, shown at once, no
 * motion), the craniovertebral angle of each, the muscles that posture shortens and lengthens,
 * coloured on the head and listed here with their length as per cent of rest (computed by
 * `comparePostures`, never typed), and the clinic's advice on the desk, the phone and the car.
 */
export function PostureView() {
  const { t, voice, mainName } = useLabels();
  const { i18n } = useTranslation();
  const shown = useViewer((s) => s.posture?.posture ?? null);
  // A model without joints cannot take the posture: the figures and the advice still stand.
  const cannotPose = useModelStatus((s) => s.phase === 'ready' && !s.posable);
  const actions = useViewer.getState();
  const changes = postureChanges();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const angles = { neutral: changes.craniovertebralAngle.neutral, forward: changes.craniovertebralAngle.forwardHead };
  const angleOf = (p: PostureId) => (p === 'neutral' ? angles.neutral : angles.forward);
  const postureName = (p: PostureId) => t(`ui:posture.${p}.${voice}`);
  const show = (p: PostureId) => {
    actions.showPosture(p);
    // In profile, where the head's forward carriage and the angle show.
    if (!shown) actions.showView('left');
  };
  const list = (muscles: readonly MuscleLength[], kind: 'shortened' | 'lengthened') => (
    <>
      <h4 id={`posture-${kind}`}>
        <span className={`swatch ${kind}`} aria-hidden="true" /> {t(`ui:posture.${kind}.${voice}`)}
      </h4>
      <ul className={`posture-${kind}`} aria-labelledby={`posture-${kind}`}>
        {muscles.map((m) => (
          <li key={m.id}>
            {mainName(m.id)}: {t('ui:posture.percent', { percent: Math.round(m.percent) })}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <section className="posture-view" aria-labelledby="posture-heading">
      <h3 id="posture-heading">{t('ui:posture.heading')}</h3>
      <p>{t(`ui:posture.intro.${voice}`)}</p>
      {shown ? (
        <>
          <div className="button-row posture-toggle" role="group" aria-label={t('ui:posture.label')}>
            {postureIds.map((p) => (
              <button key={p} type="button" className="small" aria-pressed={shown === p} onClick={() => show(p)}>
                {postureName(p)}
              </button>
            ))}
            <button type="button" className="small" onClick={actions.closePosture}>
              {t('ui:posture.close')}
            </button>
          </div>
          <p className="posture-status" role="status">
            {t('ui:posture.shownNow', { posture: postureName(shown), angle: number.format(angleOf(shown)) })}
          </p>
          <PosturePair name={postureName} angle={(p) => number.format(angleOf(p))} />
        </>
      ) : cannotPose ? (
        <p className="hint">{t('ui:posture.noJoints')}</p>
      ) : (
        <button type="button" className="small show-posture" onClick={() => show('forward-head-posture')}>
          {t(`ui:posture.show.${voice}`)}
        </button>
      )}
      <p className="posture-angle">
        {t(`ui:posture.angle.${voice}`, {
          neutral: number.format(angles.neutral),
          forward: number.format(angles.forward),
        })}
      </p>
      {list(changes.shortened, 'shortened')}
      {list(changes.lengthened, 'lengthened')}
      {voice === 'clinician' && (
        <p className="hint">{t('ui:posture.computed', { threshold: LENGTH_CHANGE_PERCENT })}</p>
      )}
      <h4>{t('ui:posture.advice')}</h4>
      <ul className="posture-advice">
        {adviceText(t, POSTURE_ADVICE).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <p className="hint">{t(`ui:posture.exercisesHint.${voice}`)}</p>
      {voice === 'clinician' && (
        <SourceIds ids={[...POSTURE_SOURCES, ...CRANIOVERTEBRAL_ANGLE_SOURCES]} label={t('ui:posture.sources')} />
      )}
    </section>
  );
}
