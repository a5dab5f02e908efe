import { exerciseFor, positionMs, sequenceMoment, sequenceMs, sequencePose, NEUTRAL, type Pose } from '../../movement';
import type { ExerciseId } from '../../clinic/exercise-ids';
import type { PostureViewState } from './posture-view';
import { advanced, paused, played, type Playback } from './playback';
import type { Slice } from './slice';
import type { StretchDemoState } from './stretch-demo';

/**
 * An exercise shown on the head: its positions one after the other, each move eased and each
 * position held (`src/movement/sequence.ts`). `playing` runs on the scene's frames; `still` shows one
 * position without motion, as under reduced motion (stepped through by hand) or when a link opens it.
 */
export interface ExerciseDemo {
  readonly exerciseId: ExerciseId;
  readonly playback: Playback;
  /** How far into the exercise, in milliseconds; a still position is shown at the moment it is reached. */
  readonly atMs: number;
}

export interface ExerciseDemoState {
  readonly exercise: ExerciseDemo | null;
}

export interface ExerciseDemoActions {
  /**
   * Plays the exercise from its first position; `still` shows its second position (the first move
   * made) at once, without motion. Whatever else was demonstrated (a stretch, the posture view) ends.
   */
  startExercise(exerciseId: ExerciseId, still: boolean): void;
  /** The scene's frames move a playing exercise on; it finishes in its last position. */
  advanceExercise(ms: number): void;
  pauseExercise(): void;
  /** Goes on from a pause, or plays again from the start once finished or still. */
  playExercise(): void;
  /** Holds position `index` (0-based, clamped to the sequence) without motion. */
  showExerciseStill(index: number): void;
  stopExercise(): void;
}

export const initialExerciseDemo: ExerciseDemoState = { exercise: null };

/** The position a link or reduced motion opens an exercise at: the first one moved into. */
export const FIRST_MOVED_POSITION = 1;

/** How many positions the exercise has; 0 when its id is unknown. */
export const exercisePositions = (id: string): number => exerciseFor(id)?.sequence.length ?? 0;

/** The pose the exercise shows; neutral when none is shown. */
export function exercisePose(demo: ExerciseDemo | null): Pose {
  const exercise = demo && exerciseFor(demo.exerciseId);
  return exercise ? sequencePose(exercise.sequence, demo.atMs) : NEUTRAL;
}

/**
 * The position (0-based) the exercise is about: while it plays and moves, the one it moves to;
 * held, paused or still, the one it is at. Its words and its muscles' colours follow it.
 */
export function exerciseShownPosition(demo: ExerciseDemo): number {
  const total = exercisePositions(demo.exerciseId);
  const { position, moving } = sequenceMoment(total, demo.atMs);
  return Math.min(moving && demo.playback === 'playing' ? position + 1 : position, Math.max(0, total - 1));
}

/** The pose of that position: where the exercise is going or is, not the eased pose in between. */
export function exerciseShownPositionPose(demo: ExerciseDemo): Pose {
  return exerciseFor(demo.exerciseId)?.sequence[exerciseShownPosition(demo)] ?? NEUTRAL;
}

/** A still of position `index` of the exercise, clamped to its positions. */
export function exerciseStill(exerciseId: ExerciseId, index: number): ExerciseDemo {
  const last = Math.max(0, exercisePositions(exerciseId) - 1);
  return { exerciseId, playback: 'still', atMs: positionMs(Math.min(last, Math.max(0, Math.round(index)))) };
}

export const exerciseDemoSlice: Slice<ExerciseDemoState & ExerciseDemoActions, StretchDemoState & PostureViewState> = (
  set,
  get,
) => {
  const change = (edit: (demo: ExerciseDemo) => ExerciseDemo | null) => {
    const demo = get().exercise;
    if (demo) set({ exercise: edit(demo) });
  };
  return {
    ...initialExerciseDemo,
    startExercise: (exerciseId, still) => {
      if (!exerciseFor(exerciseId)) return;
      set({
        exercise: still
          ? exerciseStill(exerciseId, FIRST_MOVED_POSITION)
          : { exerciseId, playback: 'playing', atMs: 0 },
        stretch: null,
        posture: null,
      });
    },
    advanceExercise: (ms) => change((d) => advanced(d, ms, sequenceMs(exercisePositions(d.exerciseId)))),
    pauseExercise: () => change(paused),
    playExercise: () => change(played),
    showExerciseStill: (index) => change((d) => exerciseStill(d.exerciseId, index)),
    stopExercise: () => set({ exercise: null }),
  };
};
