import { beforeEach, describe, expect, it } from 'vitest';
import { defaultLayers, onViewRequest, resetViewer, useViewer } from '../../src/state';
import { clampStep, tourStepState } from '../../src/state/tour-player';
import { isMuscleShown } from '../../src/state/visibility';
import { getTour, tours } from '../../src/tours';

const neck = getTour('neck-pain-and-headaches')!;

describe('tour step state', () => {
  it.each(tours.flatMap((t) => t.steps.map((s, i) => [t.id, i, s] as const)))(
    '%s step %i selects its muscle, view and layers',
    (id, i, step) => {
      const shown = tourStepState(getTour(id)!, i, defaultLayers);
      expect(shown.tour).toEqual({ tourId: id, step: i });
      expect(shown.selected).toEqual({ muscleId: step.muscleId, side: step.side });
      expect(shown.view).toBe(step.view);
      expect(shown.mode).toBe('explore');
      for (const [k, v] of Object.entries(step.layers)) expect(shown.layers[k as keyof typeof shown.layers], k).toBe(v);
    },
  );

  it.each(tours.flatMap((t) => t.steps.map((s, i) => [t.id, i, s] as const)))(
    '%s step %i leaves its muscle shown',
    (id, i, step) => {
      const shown = tourStepState(getTour(id)!, i, defaultLayers);
      expect(isMuscleShown(step.muscleId, step.side, shown.layers, shown.selected)).toBe(true);
    },
  );

  it('keeps the layers a step does not name as the user left them', () => {
    const before = { ...defaultLayers, intermediate: false, otherSide: false };
    const shown = tourStepState(neck, 1, before);
    expect('intermediate' in neck.steps[1]!.layers).toBe(false);
    expect(shown.layers.intermediate).toBe(false);
    expect(shown.layers.otherSide).toBe(false);
  });

  it('clamps a step outside the tour to its ends', () => {
    expect(clampStep(neck, -3)).toBe(0);
    expect(clampStep(neck, 99)).toBe(neck.steps.length - 1);
    expect(clampStep(neck, 1.5)).toBe(0);
  });
});

describe('playing a tour through the store', () => {
  beforeEach(resetViewer);

  it('starts, steps, and ends back in free exploring with the last step on screen', () => {
    const { startTour, showTourStep, endTour } = useViewer.getState();
    useViewer.getState().setMode('point');
    const moves: string[] = [];
    const stop = onViewRequest((view) => moves.push(view));
    startTour(neck.id);
    let s = useViewer.getState();
    expect(s.tour).toEqual({ tourId: neck.id, step: 0 });
    expect(s.selected).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    expect(s.mode).toBe('explore');
    expect(s.view).toBe('three-quarter-left');
    // The camera moves even when two steps share a view.
    expect(moves).toEqual(['three-quarter-left']);
    stop();

    showTourStep(3);
    s = useViewer.getState();
    expect(s.selected?.muscleId).toBe(neck.steps[3]!.muscleId);
    expect(s.layers.skin).toBe('hidden');
    expect(s.view).toBe(neck.steps[3]!.view);

    endTour();
    s = useViewer.getState();
    expect(s.tour).toBeNull();
    expect(s.selected?.muscleId).toBe(neck.steps[3]!.muscleId);
  });

  it('ignores an unknown tour and a step change with no tour playing', () => {
    useViewer.getState().startTour('no-such-tour');
    useViewer.getState().showTourStep(2);
    expect(useViewer.getState().tour).toBeNull();
    expect(useViewer.getState().selected).toBeNull();
  });
});
