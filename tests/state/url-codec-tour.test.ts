import { describe, expect, it } from 'vitest';
import { decodeState, defaultLayers, encodeState, initialState, type SharedState } from '../../src/state';
import { getTour } from '../../src/tours';

const neck = getTour('neck-pain-and-headaches')!;

const start: SharedState = {
  selected: initialState.selected,
  mode: initialState.mode,
  painPoint: initialState.painPoint,
  region: initialState.region,
  strokes: initialState.strokes,
  layers: initialState.layers,
  view: initialState.view,
  tour: null,
};

describe('URL codec: guided tour steps', () => {
  it('a link naming only the tour and step shows that step as the tour defines it', () => {
    const step = neck.steps[3]!;
    const { state, notices } = decodeState(`?tour=${neck.id}&step=4`);
    expect(notices).toEqual([]);
    expect(state.tour).toEqual({ tourId: neck.id, step: 3 });
    expect(state.selected).toEqual({ muscleId: step.muscleId, side: step.side });
    expect(state.view).toBe(step.view);
    expect(state.layers).toEqual({ ...defaultLayers, ...step.layers });
    expect(state.mode).toBe('explore');
  });

  it('counts steps from 1 and starts at the first when the step is left out', () => {
    expect(decodeState(`?tour=${neck.id}`).state.tour).toEqual({ tourId: neck.id, step: 0 });
    expect(decodeState(`?tour=${neck.id}&step=1`).state.tour).toEqual({ tourId: neck.id, step: 0 });
    expect(decodeState(`?tour=${neck.id}&step=${neck.steps.length}`).state.tour?.step).toBe(neck.steps.length - 1);
  });

  it('round-trips every step of every tour, and what the user changed on top of a step', () => {
    for (const id of ['neck-pain-and-headaches', 'jaw-and-face-pain']) {
      const tour = getTour(id)!;
      tour.steps.forEach((s, i) => {
        const shown: SharedState = {
          ...start,
          tour: { tourId: id, step: i },
          selected: { muscleId: s.muscleId, side: s.side },
          view: s.view,
          layers: { ...defaultLayers, ...s.layers },
        };
        expect({ ...start, ...decodeState(encodeState(shown)).state }, `${id} step ${i + 1}`).toEqual(shown);
        // Back to the defaults by hand: the link must not read them back as the step's settings.
        const changed: SharedState = {
          ...shown,
          view: 'front',
          layers: defaultLayers,
          selected: { muscleId: 'temporalis', side: 'right' },
        };
        expect({ ...start, ...decodeState(encodeState(changed)).state }, `${id} step ${i + 1}, changed`).toEqual(
          changed,
        );
      });
    }
  });

  it('writes the tour and the 1-based step into the link', () => {
    const q = new URLSearchParams(encodeState({ ...start, tour: { tourId: neck.id, step: 2 } }));
    expect(q.get('tour')).toBe(neck.id);
    expect(q.get('step')).toBe('3');
  });

  it.each([
    ['unknown tour', '?tour=no-such-tour&step=2', 'messages:link.unknownTour'],
    ['step without a tour', '?step=2', 'messages:link.stepWithoutTour'],
  ])('ignores an %s with a notice', (_what, search, key) => {
    const { state, notices } = decodeState(search);
    expect(state.tour).toBeUndefined();
    expect(state.selected).toBeUndefined();
    expect(notices.map((n) => n.key)).toEqual([key]);
  });

  it.each(['0', '11', '-1', '2.5', 'x', '1e1', ''])(
    'opens the tour at its start, with a notice, for step "%s"',
    (step) => {
      const { state, notices } = decodeState(`?tour=${neck.id}&step=${encodeURIComponent(step)}`);
      expect(state.tour).toEqual({ tourId: neck.id, step: 0 });
      expect(notices).toHaveLength(1);
      expect(notices[0]!.key).toBe('messages:link.unknownStep');
      expect(notices[0]!.params?.total).toBe(neck.steps.length);
    },
  );

  it('keeps a hostile tour id out of the notice', () => {
    const { notices } = decodeState(`?tour=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(5))}`);
    expect(String(notices[0]!.params?.value)).not.toContain('<');
    expect(String(notices[0]!.params?.value).length).toBeLessThanOrEqual(33);
  });
});
