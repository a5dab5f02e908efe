import { describe, expect, it } from 'vitest';
import { deepFaceOffMuscles } from '../../models/generator/sheet-facets';
import { sphere } from '../../models/generator/sdf';

// A sheet 4 mm thick on a coarse 10 mm grid (as the upper trapezius is laid): its deep face at
// z = 0, its outer face at z = 4, the skin at z = 10 above. Vertex k of the deep face has its
// partner on the outer face at k + half the count, as the sheet mesher lays them.
const SIDE = 5;
const STEP = 10;
const THICK = 4;
const skin = (_x: number, _y: number, z: number): number => z - 10;

function sheet(): { positions: Float32Array; facets: Uint32Array } {
  const face = (z: number): number[] => {
    const out: number[] = [];
    for (let j = 0; j < SIDE; j++) for (let i = 0; i < SIDE; i++) out.push(i * STEP, j * STEP, z);
    return out;
  };
  const positions = Float32Array.from([...face(0), ...face(THICK)]);
  const half = SIDE * SIDE;
  const tris: number[] = [];
  for (const base of [0, half])
    for (let j = 0; j + 1 < SIDE; j++)
      for (let i = 0; i + 1 < SIDE; i++) {
        const k = base + j * SIDE + i;
        tris.push(k, k + 1, k + SIDE + 1, k, k + SIDE + 1, k + SIDE);
      }
  return { positions, facets: Uint32Array.from(tris) };
}

/** The nearest any point of the deep face's triangles (sampled every 0.5 mm) comes to the muscle. */
function closestDeepPoint(
  positions: Float32Array,
  facets: Uint32Array,
  muscle: (x: number, y: number, z: number) => number,
): number {
  const half = facets.length / 2;
  let least = Infinity;
  for (let t = 0; t < half; t += 3) {
    const [a, b, c] = [facets[t]!, facets[t + 1]!, facets[t + 2]!].map((k) => [
      positions[k * 3]!,
      positions[k * 3 + 1]!,
      positions[k * 3 + 2]!,
    ]) as [number[], number[], number[]];
    const n = 20;
    for (let i = 0; i <= n; i++)
      for (let j = 0; i + j <= n; j++) {
        const [u, v, w] = [i / n, j / n, (n - i - j) / n];
        const p = [0, 1, 2].map((x) => a[x]! * u + b[x]! * v + c[x]! * w) as [number, number, number];
        least = Math.min(least, muscle(...p));
      }
  }
  return least;
}

describe('a sheet kept off the muscles beneath by its facets', () => {
  // A rounded muscle whose top rises 1 mm through the deep face in the middle of a facet, between
  // the grid's corners (none of which lies inside it).
  const muscle = sphere([15, 15, -6], 7).f;

  it('lifts the deep face so that no point of its facets comes within the clearance', () => {
    const { positions, facets } = sheet();
    expect(closestDeepPoint(positions, facets, muscle)).toBeLessThan(0);
    for (let k = 0; k < SIDE * SIDE; k++)
      expect(muscle(positions[k * 3]!, positions[k * 3 + 1]!, 0)).toBeGreaterThan(0.5);
    deepFaceOffMuscles(positions, facets, muscle, 0.5, skin);
    expect(closestDeepPoint(positions, facets, muscle)).toBeGreaterThan(0.4);
  });

  it('moves only the deep corners near the muscle, toward the outer face, keeping a millimetre', () => {
    const { positions, facets } = sheet();
    const before = positions.slice();
    deepFaceOffMuscles(positions, facets, muscle, 0.5, skin);
    const half = SIDE * SIDE;
    for (let k = 0; k < half * 2; k++) {
      const [x, y] = [before[k * 3]!, before[k * 3 + 1]!];
      expect(positions[k * 3]).toBe(x);
      expect(positions[k * 3 + 1]).toBe(y);
      const lifted = positions[k * 3 + 2]! - before[k * 3 + 2]!;
      if (k >= half || Math.hypot(x - 15, y - 15) > 15) expect(lifted).toBe(0);
      else expect(lifted).toBeGreaterThanOrEqual(0);
      if (k < half) expect(positions[(k + half) * 3 + 2]! - positions[k * 3 + 2]!).toBeGreaterThanOrEqual(1 - 1e-4);
    }
  });

  it('leaves a sheet well clear of the muscles as it was', () => {
    const { positions, facets } = sheet();
    const before = positions.slice();
    deepFaceOffMuscles(positions, facets, sphere([15, 15, -20], 7).f, 0.5, skin);
    expect([...positions]).toEqual([...before]);
  });
});
