import { getMuscle, type Side } from '../mapping';
import { stretchById } from '../movement';
import { useViewer, type ViewerState } from '../state';
import { getTour, tours } from '../tours';

/** The events the viewer posts to the page that embeds it. */
export interface ReadyEvent {
  readonly type: 'htp:ready';
  readonly version: 1;
  readonly tours: readonly { readonly id: string; readonly title: string; readonly steps: number }[];
}

export interface SelectionEvent {
  readonly type: 'htp:selection';
  /** null when nothing is selected. */
  readonly muscleId: string | null;
  readonly side: Side | null;
  readonly name: string | null;
}

export interface TourStepEvent {
  readonly type: 'htp:tour-step';
  /** null when the tour was closed or finished. */
  readonly tourId: string | null;
  /** 1-based, as in a link. */
  readonly step: number | null;
  readonly steps: number | null;
  readonly stepId: string | null;
}

export interface StretchEvent {
  readonly type: 'htp:stretch';
  /** The stretch shown on the head, by the id `htp:start-stretch` takes; null once none is. */
  readonly stretchId: string | null;
  readonly side: Side | null;
  /** The muscles it lengthens (ids); empty when none is shown. */
  readonly muscles: readonly string[];
}

export interface ExerciseEvent {
  readonly type: 'htp:exercise';
  /** The exercise shown on the head (`craniocervical-flexion`, ...); null once none is. */
  readonly exerciseId: string | null;
}

export type ViewerEvent = ReadyEvent | SelectionEvent | TourStepEvent | StretchEvent | ExerciseEvent;

export const readyEvent = (): ReadyEvent => ({
  type: 'htp:ready',
  version: 1,
  tours: tours.map((t) => ({ id: t.id, title: t.title, steps: t.steps.length })),
});

export function selectionEvent(selected: ViewerState['selected']): SelectionEvent {
  return selected
    ? {
        type: 'htp:selection',
        muscleId: selected.muscleId,
        side: selected.side,
        name: getMuscle(selected.muscleId)?.name ?? null,
      }
    : { type: 'htp:selection', muscleId: null, side: null, name: null };
}

export function tourStepEvent(position: ViewerState['tour']): TourStepEvent {
  const tour = position ? getTour(position.tourId) : undefined;
  if (!position || !tour) return { type: 'htp:tour-step', tourId: null, step: null, steps: null, stepId: null };
  return {
    type: 'htp:tour-step',
    tourId: tour.id,
    step: position.step + 1,
    steps: tour.steps.length,
    stepId: tour.steps[position.step]?.id ?? null,
  };
}

export function stretchEvent(demo: ViewerState['stretch']): StretchEvent {
  const stretch = demo ? stretchById(demo.stretchId) : undefined;
  if (!demo || !stretch) return { type: 'htp:stretch', stretchId: null, side: null, muscles: [] };
  return { type: 'htp:stretch', stretchId: stretch.id, side: demo.side, muscles: [...stretch.muscles] };
}

export const exerciseEvent = (demo: ViewerState['exercise']): ExerciseEvent => ({
  type: 'htp:exercise',
  exerciseId: demo?.exerciseId ?? null,
});

/**
 * Which stretch or exercise is shown, not how far it has played: a demonstration moves on every
 * frame, and the page hears only when one starts, stops or gives way to another.
 */
const stretchShown = (s: ViewerState) => (s.stretch ? `${s.stretch.stretchId}:${s.stretch.side}` : null);
const exerciseShown = (s: ViewerState) => s.exercise?.exerciseId ?? null;

/**
 * The demonstration on screen as events, for right after `htp:ready`: a frame whose link opened a
 * stretch or an exercise tells the page so, as if it had just started. None when none is shown.
 */
export function shownDemonstrations(state: ViewerState): ViewerEvent[] {
  return [
    ...(state.stretch ? [stretchEvent(state.stretch)] : []),
    ...(state.exercise ? [exerciseEvent(state.exercise)] : []),
  ];
}

/**
 * Posts an event on every change of the selection and of the tour step, and whenever a stretch or
 * an exercise starts or stops on the head, whatever made it: a click, a link, a tour or a message.
 * Returns the unsubscribe function.
 */
export function watchViewer(post: (event: ViewerEvent) => void, store = useViewer): () => void {
  return store.subscribe((now, before) => {
    if (now.selected !== before.selected) post(selectionEvent(now.selected));
    if (now.tour !== before.tour) post(tourStepEvent(now.tour));
    if (stretchShown(now) !== stretchShown(before)) post(stretchEvent(now.stretch));
    if (exerciseShown(now) !== exerciseShown(before)) post(exerciseEvent(now.exercise));
  });
}
