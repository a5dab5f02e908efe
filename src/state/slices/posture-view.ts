import { postures, type PostureId } from '../../movement';
import type { ExerciseDemoState } from './exercise-demo';
import type { Slice } from './slice';
import type { StretchDemoState } from './stretch-demo';

/**
 * The posture view: the head in neutral or in forward head posture, the muscles that posture
 * shortens and lengthens coloured (`src/movement/posture.ts`). A still picture, no motion: the
 * toggle changes the pose at once.
 */
export interface PostureView {
  readonly posture: PostureId;
}

export interface PostureViewState {
  readonly posture: PostureView | null;
}

export interface PostureViewActions {
  /** Shows the head in `posture`; whatever else was demonstrated (a stretch, an exercise) ends. */
  showPosture(posture: PostureId): void;
  closePosture(): void;
}

export const initialPostureView: PostureViewState = { posture: null };

export const isPostureId = (v: string | null): v is PostureId => v !== null && Object.hasOwn(postures, v);

export const postureViewSlice: Slice<PostureViewState & PostureViewActions, StretchDemoState & ExerciseDemoState> = (
  set,
) => ({
  ...initialPostureView,
  showPosture: (posture) => set({ posture: { posture }, stretch: null, exercise: null }),
  closePosture: () => set({ posture: null }),
});
