import type { ExerciseId } from '../../clinic/exercise-ids';
import { exerciseText } from '../../i18n/content/clinic-pages';
import { exerciseShownPositionPose, prefersReducedMotion, useModelStatus, useViewer } from '../../state';
import { useLabels } from '../labels';
import { exerciseStatus, exerciseStatusWords } from './exercise-status';
import { PositionLengths } from './PositionLengths';

/**
 * One exercise played on the head: its positions one after the other, each move eased and each
 * position held, with Play, Pause and Stop; under reduced motion its positions still, stepped
 * through with Previous and Next. The status line says which position is shown; it is no live
 * region, as the player can be on screen twice (the Posture tab and the self-care advice): the
 * `Announcer` says it once. Below it, the muscles that position shortens and lengthens, coloured so
 * on the head. The words say how to do it, how long and how often, and when to stop.
 */
export function ExercisePlayer({ exerciseId }: { readonly exerciseId: ExerciseId }) {
  const { t, voice } = useLabels();
  const demo = useViewer((s) => (s.exercise?.exerciseId === exerciseId ? s.exercise : null));
  const actions = useViewer.getState();
  const cannotPose = useModelStatus((s) => s.phase === 'ready' && !s.posable);
  const name = t(`ui:exercise.name.${exerciseId}.${voice}`);
  const words = exerciseText(t, exerciseId, voice);
  const text = (
    <dl className="exercise-words">
      <dt>{t('ui:exercise.how')}</dt>
      <dd>{words.how}</dd>
      <dt>{t('ui:exercise.dose')}</dt>
      <dd>{words.dose}</dd>
      <dt>{t('ui:exercise.stop')}</dt>
      <dd className="hint">{words.stop}</dd>
    </dl>
  );
  if (!demo && cannotPose)
    return (
      <div className="exercise">
        <p className="hint">{t('ui:exercise.noJoints')}</p>
        {text}
      </div>
    );
  if (!demo)
    return (
      <div className="exercise">
        <button
          type="button"
          className="small show-exercise"
          onClick={() => actions.startExercise(exerciseId, prefersReducedMotion())}
        >
          {t(`ui:exercise.show.${voice}`, { name })}
        </button>
        {text}
      </div>
    );
  const status = exerciseStatus(demo);
  const still = demo.playback === 'still';
  const index = status.position - 1;
  return (
    <div className="exercise exercise-demo" role="group" aria-label={t('ui:exercise.label', { name })}>
      <p className="exercise-status">{exerciseStatusWords(t, demo)}</p>
      <div className="button-row">
        {still ? (
          <>
            <button
              type="button"
              className="small"
              disabled={index <= 0}
              onClick={() => actions.showExerciseStill(index - 1)}
            >
              {t('ui:exercise.previous')}
            </button>
            <button
              type="button"
              className="small"
              disabled={index >= status.total - 1}
              onClick={() => actions.showExerciseStill(index + 1)}
            >
              {t('ui:exercise.next')}
            </button>
            {!prefersReducedMotion() && (
              <button type="button" className="small" onClick={actions.playExercise}>
                {t('ui:stretchDemo.play')}
              </button>
            )}
          </>
        ) : demo.playback === 'playing' ? (
          <button type="button" className="small" onClick={actions.pauseExercise}>
            {t('ui:stretchDemo.pause')}
          </button>
        ) : (
          <button type="button" className="small" onClick={actions.playExercise}>
            {t(demo.playback === 'finished' ? 'ui:stretchDemo.playAgain' : 'ui:stretchDemo.play')}
          </button>
        )}
        <button type="button" className="small" onClick={actions.stopExercise}>
          {t('ui:stretchDemo.stop')}
        </button>
      </div>
      <PositionLengths pose={exerciseShownPositionPose(demo)} />
      {text}
      {demo.playback === 'playing' && <p className="hint">{t('ui:exercise.headInert')}</p>}
    </div>
  );
}
