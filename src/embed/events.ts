import { getMuscle, type Side } from '../mapping';
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

export type ViewerEvent = ReadyEvent | SelectionEvent | TourStepEvent;

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

/**
 * Posts an event on every change of the selection and of the tour step, whatever made it: a
 * click, a link, a tour or a message. Returns the unsubscribe function.
 */
export function watchViewer(post: (event: ViewerEvent) => void, store = useViewer): () => void {
  return store.subscribe((now, before) => {
    if (now.selected !== before.selected) post(selectionEvent(now.selected));
    if (now.tour !== before.tour) post(tourStepEvent(now.tour));
  });
}
