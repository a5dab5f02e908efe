import { exerciseIds, type ExerciseId } from '../clinic/exercise-ids';
import { positionMs } from '../movement';
import type { Notice } from './notice';
import { exercisePositions, exerciseStill, FIRST_MOVED_POSITION, type ExerciseDemo } from './slices/exercise-demo';
import { isPostureId, type PostureView } from './slices/posture-view';

/**
 * An exercise or the posture view in a link, beside the stretch of `stretch-link.ts`:
 *
 *   exercise=craniocervical-flexion&position=2   an exercise, still at a position (1-based); left
 *                                               out, the first position moved into
 *   posture=forward-head-posture                the posture view in that posture
 *
 * Like a stretch, a link shows an exercise still: the picture the sender meant, with Play there to
 * move it. A still position travels; a playing, paused or finished exercise travels by its id alone.
 */
export function encodeExercise(q: URLSearchParams, demo: ExerciseDemo | null): void {
  if (!demo) return;
  q.set('exercise', demo.exerciseId);
  const position = stillPosition(demo);
  if (position !== null && position !== FIRST_MOVED_POSITION) q.set('position', String(position + 1));
}

export function encodePosture(q: URLSearchParams, view: PostureView | null): void {
  if (view) q.set('posture', view.posture);
}

/** The position a still exercise shows (0-based), null while it moves or when it is between positions. */
export function stillPosition(demo: ExerciseDemo): number | null {
  if (demo.playback !== 'still') return null;
  const n = exercisePositions(demo.exerciseId);
  for (let i = 0; i < n; i++) if (positionMs(i) === demo.atMs) return i;
  return null;
}

const isExerciseId = (v: string): v is ExerciseId => (exerciseIds as readonly string[]).includes(v);

/** The link's exercise, if any; what is wrong with it goes to `notices` (values are clipped by `clip`). */
export function decodeExercise(
  q: URLSearchParams,
  notices: Notice[],
  clip: (text: string) => string,
): ExerciseDemo | undefined {
  const id = q.get('exercise');
  const position = q.get('position');
  if (id === null) {
    if (position !== null) notices.push({ key: 'messages:link.positionWithoutExercise' });
    return undefined;
  }
  if (!isExerciseId(id)) {
    notices.push({ key: 'messages:link.unknownExercise', params: { value: clip(id) } });
    return undefined;
  }
  const total = exercisePositions(id);
  if (position === null) return exerciseStill(id, FIRST_MOVED_POSITION);
  const n = /^\d{1,3}$/.test(position) ? Number(position) : NaN;
  if (n >= 1 && n <= total) return exerciseStill(id, n - 1);
  // A position that does not exist still shows the exercise, at its first move.
  notices.push({ key: 'messages:link.exercisePosition', params: { value: clip(position), total } });
  return exerciseStill(id, FIRST_MOVED_POSITION);
}

export function decodePosture(
  q: URLSearchParams,
  notices: Notice[],
  clip: (text: string) => string,
): PostureView | undefined {
  const v = q.get('posture');
  if (v === null) return undefined;
  if (isPostureId(v)) return { posture: v };
  notices.push({ key: 'messages:link.unknownPosture', params: { value: clip(v) } });
  return undefined;
}
