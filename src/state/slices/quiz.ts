import { requestLook, requestView } from '../camera-requests';
import { zoneLookPoints } from '../follow';
import type { Layers, ViewName } from '../../display';
import type { HeadInput, Mode, MuscleSide, RegionChoice } from '../types';
import type { DisplayState } from './display';
import type { PainInputState } from './pain-input';
import type { SelectionState } from './selection';
import type { Slice } from './slice';
import type { ExerciseDemoState } from './exercise-demo';
import type { PostureViewState } from './posture-view';
import type { StretchDemoState } from './stretch-demo';

export interface QuizState {
  /** Seed of the student quiz on screen, or null; the quiz's progress lives in its own panel. */
  readonly quiz: number | null;
}

/** What the 3D view shows for a quiz question (src/ui/quiz/stage.ts decides which). */
export interface QuizScreen {
  readonly selected: MuscleSide | null;
  readonly mode: Mode;
  /** Inert while a question must not be changed by a click on the head. */
  readonly headInput: HeadInput;
  readonly region: RegionChoice | null;
  readonly layers: Layers;
  /** The preset to turn to; left out, the camera goes back to the current one. */
  readonly view?: ViewName;
}

export interface QuizActions {
  setQuiz(seed: number | null): void;
  /** Puts a question's screen up, from a clean slate: no drawing, pain point or preview. */
  showQuizScreen(screen: QuizScreen): void;
  /** Shows the muscle behind a graded answer; the head stops answering clicks. */
  revealQuizAnswer(choice: MuscleSide): void;
  /** Ends the quiz and shows `screen`, the start screen with the layers from before. */
  leaveQuiz(screen: QuizScreen): void;
}

export const initialQuiz: QuizState = { quiz: null };

type Needs = SelectionState & PainInputState & DisplayState & StretchDemoState & ExerciseDemoState & PostureViewState;

export const quizSlice: Slice<QuizState & QuizActions, Needs> = (set, get) => {
  const show = (screen: QuizScreen, quiz: Partial<QuizState> = {}) => {
    set({
      ...quiz,
      ...screen,
      view: screen.view ?? get().view,
      preview: null,
      painPoint: null,
      strokes: [],
      erase: false,
      // The head at rest: a question is asked of the unposed head.
      stretch: null,
      exercise: null,
      posture: null,
    });
    requestView(get().view);
  };
  return {
    ...initialQuiz,
    setQuiz: (quiz) => set({ quiz }),
    showQuizScreen: (screen) => show(screen),
    // The true zone is turned to when the student painted elsewhere, from a view that cannot show it.
    revealQuizAnswer: (choice) => {
      set({ selected: choice, preview: null, headInput: 'inert' });
      requestLook(zoneLookPoints(choice.muscleId, choice.side));
    },
    leaveQuiz: (screen) => show(screen, { quiz: null }),
  };
};
