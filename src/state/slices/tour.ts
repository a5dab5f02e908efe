import { requestView } from '../camera-requests';
import { prefersReducedMotion } from '../motion';
import { modelCannotPose, noticeNoJoints } from '../posable';
import { loadTours, toursLoaded } from '../tour-library';
import { tourStepStateById, tourStepStretch, type TourPosition } from '../tour-player';
import type { DisplayState } from './display';
import type { PainInputState } from './pain-input';
import type { SelectionState } from './selection';
import type { Slice } from './slice';
import type { ExerciseDemoState } from './exercise-demo';
import type { NoticesActions, NoticesState } from './notices';
import type { PostureViewState } from './posture-view';
import type { StretchDemoActions, StretchDemoState } from './stretch-demo';

export interface TourState {
  /** The guided tour being played and its step; null while exploring freely. */
  readonly tour: TourPosition | null;
}

export interface TourActions {
  /**
   * Plays a tour from `step` (0-based, clamped); an unknown tour id changes nothing. Asked before
   * the tours are in, it plays once they are.
   */
  startTour(tourId: string, step?: number): void;
  /** Moves the playing tour to `step` and shows it. */
  showTourStep(step: number): void;
  /** Back to free exploring; what the last step showed stays on screen. */
  endTour(): void;
}

export const initialTour: TourState = { tour: null };

export const tourSlice: Slice<
  TourState & TourActions,
  SelectionState &
    PainInputState &
    DisplayState &
    StretchDemoState &
    StretchDemoActions &
    ExerciseDemoState &
    PostureViewState &
    NoticesState &
    NoticesActions
> = (set, get) => ({
  ...initialTour,
  startTour: (tourId, step = 0) => {
    // Asked before the tours are in (src/state/tour-library.ts): played once they come; a fetch
    // that fails changes nothing, as an unknown id.
    if (!toursLoaded()) {
      loadTours().then(
        () => get().startTour(tourId, step),
        () => undefined,
      );
      return;
    }
    const next = tourStepStateById(tourId, step, get().layers);
    if (!next) return;
    // A step shows its own screen: a stretch, exercise or posture shown before it ends.
    set({ ...next, preview: null, peelDeclinedFor: null, stretch: null, exercise: null, posture: null });
    // The camera moves even when two steps share a view.
    requestView(next.view);
    // A step with a stretch plays it (its end position still, under reduced motion); a model
    // without joints cannot, and says so.
    const stretch = tourStepStretch(tourId, next.tour.step);
    if (!stretch) return;
    if (modelCannotPose()) noticeNoJoints(get());
    else get().startStretch(stretch.id, stretch.side, prefersReducedMotion());
  },
  showTourStep: (step) => {
    const tour = get().tour;
    if (tour) get().startTour(tour.tourId, step);
  },
  endTour: () => set({ tour: null }),
});
