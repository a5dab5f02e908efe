import type { TFunction } from 'i18next';
import { positionKind, sequenceMoment, type PositionKind } from '../../movement';
import { exercisePositions, exerciseShownPosition, exerciseShownPositionPose, type ExerciseDemo } from '../../state';

export interface ExerciseStatus {
  readonly kind: 'moving' | 'holding' | 'paused' | 'done' | 'still';
  /** The position (1-based) moved to, held, or shown. */
  readonly position: number;
  readonly total: number;
  /** What that position does, for its words (`ui:exercise.position.<kind>`). */
  readonly positionKind: PositionKind;
}

/** What an exercise on the head shows now, for the status line a screen reader hears. */
export function exerciseStatus(demo: ExerciseDemo): ExerciseStatus {
  const total = exercisePositions(demo.exerciseId);
  const { moving, done } = sequenceMoment(total, demo.atMs);
  const shown = exerciseShownPosition(demo);
  const kind =
    demo.playback === 'still'
      ? 'still'
      : demo.playback === 'finished' || done
        ? 'done'
        : demo.playback === 'paused'
          ? 'paused'
          : moving
            ? 'moving'
            : 'holding';
  return { kind, position: shown + 1, total, positionKind: positionKind(exerciseShownPositionPose(demo)) };
}

/**
 * The status in words, as the player shows it and the announcer says it: one sentence, so both
 * places agree and a screen reader hears it once however many players are on screen.
 */
export function exerciseStatusWords(t: TFunction, demo: ExerciseDemo): string {
  const status = exerciseStatus(demo);
  return t(`ui:exercise.status.${status.kind}`, {
    position: status.position,
    total: status.total,
    kind: t(`ui:exercise.position.${status.positionKind}`),
  });
}
