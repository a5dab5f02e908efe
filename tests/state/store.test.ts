import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_DABS, resetViewer, useViewer } from '../../src/state';

const get = () => useViewer.getState();

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
    const n = get().viewRequest;
    get().showView('left');
    get().showView('left');
    expect(get().view).toBe('left');
    expect(get().viewRequest).toBe(n + 2);
    get().resetView();
    expect(get().view).toBe('front');
  });

  it('collects and dismisses notices', () => {
    get().addNotice({ key: 'messages:link.painPoint' });
    get().addNotice({ key: 'messages:link.unknownView', params: { value: 'x' } });
    get().dismissNotice(0);
    expect(get().notices).toEqual([{ key: 'messages:link.unknownView', params: { value: 'x' } }]);
  });
});
