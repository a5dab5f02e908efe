import { beforeEach, describe, expect, it } from 'vitest';
import { getMuscle, muscles } from '../../src/mapping';
import { getTour } from '../../src/tours';
import {
  defaultLayers,
  encodeState,
  isContextPeeled,
  isMusclePeeled,
  isSelectedHidden,
  resetViewer,
  selectionPeel,
  useViewer,
} from '../../src/state';

const rcpMajor = { muscleId: 'rectus-capitis-posterior-major', side: 'left' } as const;
const trap = { muscleId: 'upper-trapezius', side: 'left' } as const;
const get = () => useViewer.getState();
/** The peel the store's state asks for now. */
const peelNow = () => selectionPeel(get().layers, get().selected, get().peelDeclinedFor);

describe('the peel for a selected muscle', () => {
  it('peels every shallower muscle of a deep muscle’s side, and none of its own depth or the other side', () => {
    const peel = selectionPeel(defaultLayers, rcpMajor, null)!;
    expect(peel).toMatchObject({ muscle: rcpMajor, depth: 4, skin: 'ghosted' });
    for (const m of muscles) {
      expect(isMusclePeeled(peel, m.id, 'left'), m.id).toBe(m.layer < 4);
      expect(isMusclePeeled(peel, m.id, 'right'), m.id).toBe(false);
    }
  });

  it('lets the geometry narrow the peel to what lies over the muscle', () => {
    const peel = selectionPeel(defaultLayers, rcpMajor, null);
    const over = (key: string) => key === 'semispinalis-capitis:left';
    expect(isMusclePeeled(peel, 'semispinalis-capitis', 'left', over)).toBe(true);
    expect(isMusclePeeled(peel, 'levator-scapulae', 'left', over)).toBe(false);
  });

  it('peels context parts by their depth: on the muscle’s side and on the midline', () => {
    const peel = selectionPeel(defaultLayers, rcpMajor, null);
    expect(isContextPeeled(peel, 'eye-left')).toBe(true);
    expect(isContextPeeled(peel, 'eye-right')).toBe(false);
    expect(isContextPeeled(peel, 'galea-aponeurotica')).toBe(true);
    // The larynx lies as deep as the suboccipitals: it stays.
    expect(isContextPeeled(peel, 'thyroid-cartilage')).toBe(false);
  });

  it('needs no peel for a superficial muscle under see-through skin, and makes opaque skin see-through', () => {
    expect(selectionPeel(defaultLayers, trap, null)).toBeNull();
    const peel = selectionPeel({ ...defaultLayers, skin: 'opaque' }, trap, null);
    expect(peel).toMatchObject({ depth: 1, skin: 'ghosted' });
    for (const m of muscles) expect(isMusclePeeled(peel, m.id, 'left')).toBe(false);
  });

  it('needs none when nothing shown lies over the muscle, or when it is isolated', () => {
    const bare = { ...defaultLayers, skin: 'hidden', superficial: false, intermediate: false } as const;
    expect(selectionPeel(bare, rcpMajor, null)).toBeNull();
    expect(selectionPeel({ ...defaultLayers, isolate: true }, rcpMajor, null)).toBeNull();
    expect(selectionPeel({ ...defaultLayers, isolate: true, skin: 'opaque' }, rcpMajor, null)?.depth).toBe(1);
  });

  it('leaves a muscle the user hid by its layer hidden, and says so', () => {
    const layers = { ...defaultLayers, deep: false };
    expect(selectionPeel(layers, rcpMajor, null)).toBeNull();
    expect(isSelectedHidden(layers, rcpMajor)).toBe(true);
    expect(isSelectedHidden(defaultLayers, rcpMajor)).toBe(false);
    expect(isSelectedHidden(layers, null)).toBe(false);
  });

  it('takes the muscle’s depth from the catalogue', () => {
    for (const m of muscles) {
      const peel = selectionPeel(defaultLayers, { muscleId: m.id, side: 'right' }, null);
      expect(peel?.depth ?? 1, m.id).toBe(m.layer === 1 ? 1 : getMuscle(m.id)!.layer);
    }
  });
});

describe('the peel in the store', () => {
  beforeEach(() => resetViewer());

  it('follows the selection and never touches the user’s layers or the link', () => {
    get().setSkin('opaque');
    get().toggleLayer('bones', false);
    const before = get().layers;
    const link = encodeState(get());
    get().select(rcpMajor);
    expect(peelNow()?.depth).toBe(4);
    expect(get().layers).toBe(before);
    get().select(null);
    expect(peelNow()).toBeNull();
    expect(get().layers).toEqual(before);
    expect(encodeState({ ...get(), selected: null }).toString()).toBe(link.toString());
  });

  it('puts the layers back on request for this selection only, and peels again on request', () => {
    get().select(rcpMajor);
    get().declinePeel();
    expect(peelNow()).toBeNull();
    get().allowPeel();
    expect(peelNow()).not.toBeNull();
    get().declinePeel();
    get().select({ ...rcpMajor, side: 'right' });
    expect(peelNow()?.muscle.side).toBe('right');
  });

  it('keeps a layer the user changes while peeled, and ends the peel so the screen shows their layers', () => {
    get().select(rcpMajor);
    get().setSkin('opaque');
    expect(get().layers.skin).toBe('opaque');
    expect(peelNow()).toBeNull();
    get().select(null);
    expect(get().layers.skin).toBe('opaque');
  });

  it('keeps opaque skin the user chooses for a superficial muscle, which needed no peel before', () => {
    get().select(trap);
    expect(peelNow()).toBeNull();
    get().setSkin('opaque');
    expect(peelNow()).toBeNull();
  });

  it('peels for a tour step as for a muscle chosen by hand', () => {
    const tour = getTour('neck-pain-and-headaches')!;
    const step = tour.steps.findIndex((s) => s.id === 'suboccipitals');
    get().select(rcpMajor);
    get().declinePeel();
    get().startTour(tour.id, step);
    expect(get().selected).toEqual(rcpMajor);
    const peel = peelNow()!;
    // The step hides the surface layer only; the semispinalis over the muscle is peeled for it.
    expect(get().layers.intermediate).toBe(true);
    expect(isMusclePeeled(peel, 'semispinalis-capitis', 'left')).toBe(true);
  });
});
