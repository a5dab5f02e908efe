import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState, MAX_DABS, onViewRequest, resetViewer, useViewer } from '../../src/state';
import type { ViewName } from '../../src/display';

const get = () => useViewer.getState();

/** The camera moves asked for, in order, while a test runs. */
const moves: ViewName[] = [];
let stopListening = () => {};
beforeEach(() => {
  moves.length = 0;
  stopListening = onViewRequest((view) => moves.push(view));
});
afterEach(() => stopListening());

describe('viewer store', () => {
  beforeEach(() => resetViewer());

  it('selects a muscle and side, and clears the preview when it does', () => {
    get().setPreview({ muscleId: 'temporalis', side: 'right' });
    get().select({ muscleId: 'upper-trapezius', side: 'left' });
    expect(get().selected).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    expect(get().preview).toBeNull();
  });

  it('does not notify when the hovered muscle has not changed', () => {
    get().setHovered({ muscleId: 'temporalis', side: 'left' });
    const before = get();
    get().setHovered({ muscleId: 'temporalis', side: 'left' });
    expect(get()).toBe(before);
  });

  it('draws strokes of dabs, undoes whole strokes and clears', () => {
    get().beginStroke();
    get().addDab({ at: [0.05, 0.03, 0.03], radiusMm: 12 });
    get().addDab({ at: [0.05, 0.04, 0.03], radiusMm: 12 });
    get().setErase(true);
    get().beginStroke();
    get().addDab({ at: [0.05, 0.04, 0.03], radiusMm: 12 });
    expect(get().strokes.map((s) => [s.erase, s.dabs.length])).toEqual([
      [false, 2],
      [true, 1],
    ]);
    get().undoStroke();
    expect(get().strokes).toHaveLength(1);
    get().clearDrawing();
    expect(get().strokes).toHaveLength(0);
  });

  it('ignores dabs without a stroke and stops at the dab limit', () => {
    get().addDab({ at: [0, 0, 0], radiusMm: 10 });
    expect(get().strokes).toHaveLength(0);
    get().beginStroke();
    for (let i = 0; i < MAX_DABS + 20; i++) get().addDab({ at: [0, 0, i / 1e4], radiusMm: 10 });
    expect(get().strokes[0]!.dabs).toHaveLength(MAX_DABS);
  });

  it('keeps points to whole millimetres, as a link does', () => {
    get().setPainPoint([0.05734, -0.01261, 0.0355]);
    expect(get().painPoint).toEqual([0.057, -0.013, 0.036]);
    get().beginStroke();
    get().addDab({ at: [0.01049, 0, 0], radiusMm: 12.4 });
    expect(get().strokes[0]!.dabs[0]).toEqual({ at: [0.01, 0, 0], radiusMm: 12 });
  });

  it('keeps the brush within its limits', () => {
    get().setBrushMm(1000);
    expect(get().brushMm).toBe(40);
    get().setBrushMm(-3);
    expect(get().brushMm).toBe(4);
  });

  it('choosing a region switches to the regions mode', () => {
    get().chooseRegion({ regionId: 'temple', side: 'left' });
    expect(get().mode).toBe('regions');
  });

  it('toggles layers and skin, and requests a camera move on each preset press', () => {
    get().toggleLayer('superficial');
    expect(get().layers.superficial).toBe(false);
    get().toggleLayer('superficial', true);
    expect(get().layers.superficial).toBe(true);
    get().setSkin('hidden');
    expect(get().layers.skin).toBe('hidden');
    get().showView('left');
    get().showView('left');
    expect(get().view).toBe('left');
    // Pressing the preset already shown moves the camera again: an event each time, not a value.
    expect(moves).toEqual(['left', 'left']);
    get().resetView();
    expect(get().view).toBe('front');
    expect(moves).toEqual(['left', 'left', 'front']);
  });

  it('has named actions only: no setter of anything', () => {
    expect(get()).not.toHaveProperty('apply');
    expect(get()).not.toHaveProperty('viewRequest');
    expect(get()).not.toHaveProperty('paintedArea');
  });

  it('opens a link: exactly the decoded state, and the camera turns to its view', () => {
    const { state } = decodeState('?m=temporalis&s=right&mode=draw&d=12:57.30.35&v=left');
    get().openLink(state);
    expect(get()).toMatchObject({ selected: { muscleId: 'temporalis', side: 'right' }, mode: 'draw', view: 'left' });
    expect(get().strokes).toHaveLength(1);
    expect(moves).toEqual(['left']);
  });

  it('an inert head is never written to a link, and a link cannot make it inert', () => {
    get().showQuizScreen({
      selected: null,
      mode: 'regions',
      headInput: 'inert',
      region: { regionId: 'temple', side: 'left' },
      layers: get().layers,
    });
    expect(get().headInput).toBe('inert');
    expect(encodeState(get())).not.toMatch(/inert|input/);
    const { state, notices } = decodeState('?mode=inert&headInput=inert&input=inert');
    expect(state).toEqual({});
    expect(notices).toEqual([{ key: 'messages:link.unknownMode', params: { value: 'inert' } }]);
  });

  it('a quiz screen starts from a clean slate and turns the camera; leaving makes the head answer again', () => {
    get().setPainPoint([0.05, 0.03, 0.03]);
    get().beginStroke();
    get().addDab({ at: [0.05, 0.03, 0.03], radiusMm: 12 });
    get().setQuiz(42);
    const layers = get().layers;
    get().showQuizScreen({
      selected: { muscleId: 'temporalis', side: 'left' },
      mode: 'explore',
      headInput: 'inert',
      region: null,
      layers,
      view: 'left',
    });
    expect(get()).toMatchObject({ painPoint: null, strokes: [], headInput: 'inert', view: 'left', quiz: 42 });
    get().revealQuizAnswer({ muscleId: 'masseter-superficial', side: 'left' });
    expect(get()).toMatchObject({ selected: { muscleId: 'masseter-superficial', side: 'left' }, headInput: 'inert' });
    get().leaveQuiz({ selected: null, mode: 'explore', headInput: 'live', region: null, layers, view: 'front' });
    expect(get()).toMatchObject({ quiz: null, headInput: 'live', view: 'front' });
    expect(moves).toEqual(['left', 'front']);
  });

  it('collects and dismisses notices', () => {
    get().addNotice({ key: 'messages:link.painPoint' });
    get().addNotice({ key: 'messages:link.unknownView', params: { value: 'x' } });
    get().dismissNotice(0);
    expect(get().notices).toEqual([{ key: 'messages:link.unknownView', params: { value: 'x' } }]);
  });
});
