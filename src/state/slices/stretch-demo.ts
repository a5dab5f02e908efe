import type { Side } from '../../mapping';
import {
  DEMONSTRATION_MS,
  END_POSITION_MS,
  NEUTRAL,
  demonstrationPose,
  stretchPose,
  stretchById,
  type Pose,
} from '../../movement';
import type { ExerciseDemoState } from './exercise-demo';
import type { PostureViewState } from './posture-view';
import { advanced, paused, played, type Playback } from './playback';
import type { Slice } from './slice';

/**
 * A stretch shown on the head: neutral, into the stretch, a hold, and back (`src/movement/
 * demonstration.ts`). `playing` runs on the scene's frames; `still` shows one moment without
 * motion (the start or the end position), as under reduced motion or when a link opens it.
 */
export interface StretchDemo {
  /** The stretch's id (its examination entry, `src/movement/stretches.ts`). */
  readonly stretchId: string;
  readonly side: Side;
  readonly playback: Playback;
  /** How far into the demonstration, in milliseconds. */
  readonly atMs: number;
}

export interface StretchDemoState {
  readonly stretch: StretchDemo | null;
}

export interface StretchDemoActions {
  /**
   * Plays the stretch from neutral; `still` shows its end position at once, without motion. An
   * exercise or the posture view shown before it ends: one demonstration at a time.
   */
  startStretch(stretchId: string, side: Side, still: boolean): void;
  /** The scene's frames move a playing demonstration on; it finishes back in neutral. */
  advanceStretch(ms: number): void;
  pauseStretch(): void;
  /** Goes on from a pause, or plays again from the start once finished or still. */
  playStretch(): void;
  /** Holds the start (neutral) or the end position without motion. */
  showStretchStill(at: 'start' | 'end'): void;
  stopStretch(): void;
}

export const initialStretchDemo: StretchDemoState = { stretch: null };

/** The pose the demonstration shows; neutral when none is shown or its stretch is unknown. */
export function demoPose(demo: StretchDemo | null): Pose {
  const stretch = demo && stretchById(demo.stretchId);
  return stretch ? demonstrationPose(stretchPose(stretch, demo.side), demo.atMs) : NEUTRAL;
}

export const stretchDemoSlice: Slice<StretchDemoState & StretchDemoActions, ExerciseDemoState & PostureViewState> = (
  set,
  get,
) => {
  const change = (edit: (demo: StretchDemo) => StretchDemo | null) => {
    const demo = get().stretch;
    if (demo) set({ stretch: edit(demo) });
  };
  return {
    ...initialStretchDemo,
    startStretch: (stretchId, side, still) =>
      set({
        stretch: { stretchId, side, playback: still ? 'still' : 'playing', atMs: still ? END_POSITION_MS : 0 },
        exercise: null,
        posture: null,
      }),
    advanceStretch: (ms) => change((d) => advanced(d, ms, DEMONSTRATION_MS)),
    pauseStretch: () => change(paused),
    playStretch: () => change(played),
    showStretchStill: (at) => change((d) => ({ ...d, playback: 'still', atMs: at === 'end' ? END_POSITION_MS : 0 })),
    stopStretch: () => set({ stretch: null }),
  };
};
