import type { TFunction } from 'i18next';
import { exerciseFor, positionKind, sequenceMoment, type PositionKind } from '../../movement';
import type { ExerciseDemo } from '../../state';

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
  const sequence = exerciseFor(demo.exerciseId)?.sequence ?? [];
  const total = sequence.length;
  const { position, moving, done } = sequenceMoment(total, demo.atMs);
  // Moving, the words name where the head is going; holding or still, where it is.
  const shown = moving && demo.playback === 'playing' ? position + 1 : position;
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
  const pose = sequence[Math.min(shown, total - 1)];
  return { kind, position: shown + 1, total, positionKind: pose ? positionKind(pose) : 'neutral' };
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
