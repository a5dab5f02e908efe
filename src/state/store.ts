import { create } from 'zustand';
import {
  exerciseDemoSlice,
  initialExerciseDemo,
  type ExerciseDemoActions,
  type ExerciseDemoState,
} from './slices/exercise-demo';
import { displaySlice, initialDisplay, type DisplayActions, type DisplayState } from './slices/display';
import { linkSlice, type LinkActions } from './slices/link';
import { initialNotices, noticesSlice, type NoticesActions, type NoticesState } from './slices/notices';
import { initialPainInput, painInputSlice, type PainInputActions, type PainInputState } from './slices/pain-input';
import {
  initialPostureView,
  postureViewSlice,
  type PostureViewActions,
  type PostureViewState,
} from './slices/posture-view';
import { initialQuiz, quizSlice, type QuizActions, type QuizState } from './slices/quiz';
import { initialSelection, selectionSlice, type SelectionActions, type SelectionState } from './slices/selection';
import {
  initialStretchDemo,
  stretchDemoSlice,
  type StretchDemoActions,
  type StretchDemoState,
} from './slices/stretch-demo';
import { initialTour, tourSlice, type TourActions, type TourState } from './slices/tour';

/**
 * Everything the screen shows, as plain data: domain ids, modes, layers, pain input and the
 * camera preset. No three.js objects live here, so the URL codec and tests can read it all.
 * Each concern is a slice of its own (./slices) with named actions; there is no setter of
 * anything.
 */
export type ViewerState = SelectionState &
  PainInputState &
  DisplayState &
  TourState &
  QuizState &
  NoticesState &
  StretchDemoState &
  ExerciseDemoState &
  PostureViewState;
export type ViewerActions = SelectionActions &
  PainInputActions &
  DisplayActions &
  TourActions &
  QuizActions &
  NoticesActions &
  StretchDemoActions &
  ExerciseDemoActions &
  PostureViewActions &
  LinkActions;
export type ViewerStore = ViewerState & ViewerActions;

export const initialState: ViewerState = {
  ...initialSelection,
  ...initialPainInput,
  ...initialDisplay,
  ...initialTour,
  ...initialQuiz,
  ...initialNotices,
  ...initialStretchDemo,
  ...initialExerciseDemo,
  ...initialPostureView,
};

export const useViewer = create<ViewerStore>()((...a) => ({
  ...selectionSlice(...a),
  ...painInputSlice(...a),
  ...displaySlice(...a),
  ...tourSlice(...a),
  ...quizSlice(...a),
  ...noticesSlice(...a),
  ...stretchDemoSlice(...a),
  ...exerciseDemoSlice(...a),
  ...postureViewSlice(...a),
  ...linkSlice(...a),
}));

/** Back to the first screen; tests call it between cases. */
export function resetViewer(): void {
  useViewer.setState({ ...initialState });
}
