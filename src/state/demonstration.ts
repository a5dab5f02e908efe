import { NEUTRAL, postures, type Pose } from '../movement';
import { exercisePose, type ExerciseDemoState } from './slices/exercise-demo';
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

/** Whether a demonstration moves on the frames now: only then does the scene ask for frames. */
export const demonstrationPlaying = (s: Demonstrations): boolean =>
  s.stretch?.playback === 'playing' || s.exercise?.playback === 'playing';
