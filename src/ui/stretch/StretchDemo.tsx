import { useMemo } from 'react';
import type { MuscleId, Side } from '../../mapping';
import { boneTransforms, demonstrationPhase, lengthPercent, stretchFor, stretchPose } from '../../movement';
import { stretchingText } from '../../i18n/content/clinic-pages';
import { prefersReducedMotion, stretchViewFor, useModelStatus, useViewer } from '../../state';
import { useLabels } from '../labels';
import { stretchStatus } from './status';

/**
 * "Show the stretch": the muscle's stretch played on the head, from neutral into the stretch, a
 * hold and back, the muscle highlighted (it is the selected one) and the head turned to the view
 * that shows the muscle and the movement (`stretchViewFor`), with how much the stretch
 * lengthens it and the words for holding it and stopping. Under reduced motion the start and the
 * end positions are shown still, one at a time. A model without joints (a clinic's may have none)
 * cannot take the pose: the button gives way to a line that says so.
 */
export function StretchDemo({ muscleId, side }: { readonly muscleId: MuscleId; readonly side: Side }) {
  const { t, voice, muscleLabel } = useLabels();
  const stretch = stretchFor(muscleId);
  const shown = useViewer((s) => !!stretch && s.stretch?.stretchId === stretch.id && s.stretch.side === side);
  const playback = useViewer((s) => s.stretch?.playback);
  const phase = useViewer((s) => (s.stretch ? demonstrationPhase(s.stretch.atMs) : null));
  const actions = useViewer.getState();
  const cannotPose = useModelStatus((s) => s.phase === 'ready' && !s.posable);
  const percent = useMemo(
    () => (stretch ? Math.round(lengthPercent(muscleId, side, boneTransforms(stretchPose(stretch, side))) - 100) : 0),
    [stretch, muscleId, side],
  );
  if (!stretch) return null;
  if (cannotPose) return <p className="hint">{t('ui:stretchDemo.noJoints')}</p>;
  const words = stretchingText(t, voice);
  const reduced = prefersReducedMotion();
  if (!shown || !playback || !phase)
    return (
      <button
        type="button"
        className="small show-stretch"
        onClick={() => {
          actions.showView(stretchViewFor(muscleId, side));
          actions.startStretch(stretch.id, side, prefersReducedMotion());
        }}
      >
        {t(`ui:stretchDemo.show.${voice}`)}
      </button>
    );
  const still = playback === 'still';
  return (
    <div className="stretch-demo" role="group" aria-label={t('ui:stretchDemo.label')}>
      <p className="stretch-status" role="status">
        {t(`ui:stretchDemo.status.${stretchStatus(playback, phase)}`)}
      </p>
      <p className="stretch-lengthening">
        {t(`ui:stretchDemo.lengthens.${voice}`, { muscle: muscleLabel(muscleId, side), percent })}
      </p>
      <div className="button-row">
        {still ? (
          (['start', 'end'] as const).map((at) => (
            <button
              key={at}
              type="button"
              className="small"
              aria-pressed={phase === (at === 'start' ? 'into' : 'hold')}
              onClick={() => actions.showStretchStill(at)}
            >
              {t(`ui:stretchDemo.${at}`)}
            </button>
          ))
        ) : playback === 'playing' ? (
          <button type="button" className="small" onClick={actions.pauseStretch}>
            {t('ui:stretchDemo.pause')}
          </button>
        ) : (
          <button type="button" className="small" onClick={actions.playStretch}>
            {t(playback === 'finished' ? 'ui:stretchDemo.playAgain' : 'ui:stretchDemo.play')}
          </button>
        )}
        {still && !reduced && (
          <button type="button" className="small" onClick={actions.playStretch}>
            {t('ui:stretchDemo.play')}
          </button>
        )}
        <button type="button" className="small" onClick={actions.stopStretch}>
          {t('ui:stretchDemo.stop')}
        </button>
      </div>
      <p>{words.hold}</p>
      <p className="hint">{words.stop}</p>
      <p className="hint">{t('ui:stretchDemo.headInert')}</p>
    </div>
  );
}
