import type { StepStretch, Tour } from '../tours';
import { loadedTour } from './tour-library';
import { defaultLayers } from './defaults';
import type { Layers, ViewName } from '../display';
import type { Mode, MuscleSide } from './types';

/** Where a guided tour stands: which tour, and the step shown (0-based; links count from 1). */
export interface TourPosition {
  readonly tourId: string;
  readonly step: number;
}

/** What a tour step puts on screen. */
export interface TourStepState {
  readonly tour: TourPosition;
  readonly selected: MuscleSide;
  readonly view: ViewName;
  readonly layers: Layers;
  readonly mode: Mode;
}

/** A step index inside the tour, so a stale or hand-made number cannot point past either end. */
export const clampStep = (tour: Tour, step: number): number =>
  Math.min(tour.steps.length - 1, Math.max(0, Number.isInteger(step) ? step : 0));

/**
 * The screen at `step` of `tour`: its muscle and side, its camera preset, and its layers laid
 * over `current` (a step names only the layers it needs; the rest stay as the user left them).
 * Explore mode, because a step explains a muscle's pattern, not a pain the patient pointed at.
 */
export function tourStepState(tour: Tour, step: number, current: Layers = defaultLayers): TourStepState {
  const index = clampStep(tour, step);
  const s = tour.steps[index]!;
  return {
    tour: { tourId: tour.id, step: index },
    selected: { muscleId: s.muscleId, side: s.side },
    view: s.view,
    layers: { ...current, ...s.layers },
    mode: 'explore',
  };
}

/** The same, by tour id; undefined for a tour that does not exist (or before the tours are in). */
export function tourStepStateById(tourId: string, step: number, current?: Layers): TourStepState | undefined {
  const tour = loadedTour(tourId);
  return tour ? tourStepState(tour, step, current) : undefined;
}

/** The stretch a tour's step plays on the head, if any; none for an unknown tour. */
export function tourStepStretch(tourId: string, step: number): StepStretch | null {
  const tour = loadedTour(tourId);
  return tour?.steps[clampStep(tour, step)]?.stretch ?? null;
}
