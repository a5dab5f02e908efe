import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { MusclePath } from '../../../scripts/lib/anatomy/path';
import { muscleRim, surfaceQuality } from '../../../scripts/lib/anatomy/surface';
import { tendonShare } from '../../../scripts/lib/anatomy/tendon';
import { box, tube } from './shapes';

describe('surface quality', () => {
  it('a cube: its 12 edges of 18 bend, right triangles have aspect sqrt 3, median edge the side', () => {
    const q = surfaceQuality(box('b', [0, 0, 0], [4, 4, 4]));
    expect(q.bentShare).toBeCloseTo(12 / 18, 9);
    expect(q.aspectP95).toBeCloseTo(Math.sqrt(3), 9);
    expect(q.medianEdge).toBeCloseTo(4, 9);
  });

  it('a fine tube bends only at its cap rims, and leaving the rim out leaves it smooth', () => {
    const t = tube('t', () => 5, 40, 64, 41);
    const q = surfaceQuality(t);
    // 64 sides: 360/64 = 5.6 degrees between side faces, so only the 2 x 64 cap-rim edges bend > 20.
    const sideEdges = 64 * 41 + 64 * 40 + 64 * 40;
    const capEdges = 2 * 64;
    expect(q.bentShare).toBeCloseTo(128 / (sideEdges + capEdges), 6);
    const path = new MusclePath([new Vector3(0, 0, 0), new Vector3(0, 0, 40)]);
    expect(surfaceQuality(t, muscleRim(t, path)).bentShare).toBe(0);
  });
});

describe('tendon share', () => {
  it('is the area-weighted mean of the tendon attribute', () => {
    const t = tube('t', () => 5, 40, 32, 41);
    const uniform = { ...t, tendon: new Float64Array(t.positions.length / 3).fill(0.25) };
    expect(tendonShare(uniform)).toBeCloseTo(0.25, 9);
    // Tendon on the lower fifth of the side (z <= 8): about a fifth of the side area, caps aside.
    const z = (i: number): number => t.positions[i * 3 + 2]!;
    const lower = {
      ...t,
      tendon: Float64Array.from({ length: t.positions.length / 3 }, (_, i) => (z(i) <= 8 ? 1 : 0)),
    };
    const side = 2 * Math.PI * 5 * 40;
    const cap = Math.PI * 25;
    expect(tendonShare(lower)!).toBeGreaterThan((0.2 * side) / (side + 2 * cap) - 0.03);
    expect(tendonShare(lower)!).toBeLessThan((0.2 * side + cap) / (side + 2 * cap) + 0.03);
    expect(tendonShare(t)).toBeNull();
  });
});
