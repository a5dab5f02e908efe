import { describe, expect, it } from 'vitest';
import { muscles } from '../../src/mapping';
import { defaultLayers, isMuscleShown, zoneSurface } from '../../src/state';

const trap = { muscleId: 'upper-trapezius', side: 'left' } as const;

describe('layer visibility', () => {
  it('shows everything by default', () => {
    for (const m of muscles) expect(isMuscleShown(m.id, 'right', defaultLayers, null)).toBe(true);
  });

  it('peels the trapezius away and leaves splenius and the suboccipitals', () => {
    const layers = { ...defaultLayers, superficial: false };
    expect(isMuscleShown('upper-trapezius', 'left', layers, trap)).toBe(false);
    expect(isMuscleShown('splenius-capitis', 'left', layers, trap)).toBe(true);
    expect(isMuscleShown('rectus-capitis-posterior-major', 'left', layers, trap)).toBe(true);
  });

  it('hides muscles by their catalogue layer', () => {
    const layers = { ...defaultLayers, intermediate: false, deep: false };
    for (const m of muscles) expect(isMuscleShown(m.id, 'left', layers, null)).toBe(m.layer === 1);
  });

  it('isolates the selected muscle', () => {
    const layers = { ...defaultLayers, isolate: true, superficial: false };
    expect(isMuscleShown('upper-trapezius', 'left', layers, trap)).toBe(true);
    expect(isMuscleShown('upper-trapezius', 'right', layers, trap)).toBe(false);
    expect(isMuscleShown('temporalis', 'left', layers, trap)).toBe(false);
  });

  it("hides the other side's muscles only when asked and when there is a side to compare", () => {
    const layers = { ...defaultLayers, otherSide: false };
    expect(isMuscleShown('temporalis', 'right', layers, trap)).toBe(false);
    expect(isMuscleShown('temporalis', 'left', layers, trap)).toBe(true);
    expect(isMuscleShown('temporalis', 'right', layers, null)).toBe(true);
  });

  it('paints zones on the bones when the skin is hidden', () => {
    expect(zoneSurface(defaultLayers)).toBe('skin');
    expect(zoneSurface({ ...defaultLayers, skin: 'ghosted' })).toBe('skin');
    expect(zoneSurface({ ...defaultLayers, skin: 'hidden' })).toBe('bones');
  });
});
