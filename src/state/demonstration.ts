import { exerciseFor, NEUTRAL, postures, stretchById, stretchPose, type Pose } from '../movement';
import { exercisePose, exerciseShownPositionPose, type ExerciseDemoState } from './slices/exercise-demo';
import type { PostureViewState } from './slices/posture-view';
import { demoPose, type StretchDemoState } from './slices/stretch-demo';

/** The demonstrations the head can show, at most one at a time (each action that starts one ends the others). */
type Demonstrations = StretchDemoState & ExerciseDemoState & PostureViewState;

/** The pose the head shows: the stretch's, the exercise's or the posture's, else neutral. */
export function shownPose(s: Demonstrations): Pose {
  if (s.stretch) return demoPose(s.stretch);
  if (s.exercise) return exercisePose(s.exercise);
  return s.posture ? postures[s.posture.posture] : NEUTRAL;
}

/**
 * The poses a demonstration reaches: a stretch's start and end, an exercise's positions, both
 * postures; neutral alone when none is shown. The camera frames the head over all of them, so a
 * small screen keeps the moving head in view from start to end.
 */
export function demonstrationReach(s: Demonstrations): readonly Pose[] {
  const stretch = s.stretch && stretchById(s.stretch.stretchId);
  if (s.stretch && stretch) return [NEUTRAL, stretchPose(stretch, s.stretch.side)];
  const exercise = s.exercise && exerciseFor(s.exercise.exerciseId);
  if (exercise) return exercise.sequence;
  return s.posture ? Object.values(postures) : [NEUTRAL];
}

/** Whether a demonstration moves on the frames now: only then does the scene ask for frames. */
export const demonstrationPlaying = (s: Demonstrations): boolean =>
  s.stretch?.playback === 'playing' || s.exercise?.playback === 'playing';

/**
 * The pose whose muscle lengths the head colours, null for none: in the posture view forward head
 * posture's (in either posture, so the toggle compares like with like); in an exercise the position
 * it moves to or holds (the same object for the whole move and hold, so a selector on it changes
 * only when the position does).
 */
export function colouredPose(s: Demonstrations): Pose | null {
  if (s.posture) return postures['forward-head-posture'];
  return s.exercise ? exerciseShownPositionPose(s.exercise) : null;
}
