import { describe, expect, it } from 'vitest';
import { flipFlatTriangles } from '../../models/generator/flat-triangles';

// a (0,0) and b (2,0) with c on the edge between them, d above and e below: the triangle a-b-c is
// flat, b-a-d its neighbour across the long edge, and two more close the fan round c.
const positions = [0, 0, 0, 2, 0, 0, 1, 0, 0, 1, 1, 0, 1, -1, 0];
const [a, b, c, d, e] = [0, 1, 2, 3, 4];

const twiceArea = (idx: Uint32Array, t: number) => {
  const q = (i: number) => [positions[idx[t * 3 + i]! * 3]!, positions[idx[t * 3 + i]! * 3 + 1]!];
  const [p0, p1, p2] = [q(0), q(1), q(2)];
  return (p1[0]! - p0[0]!) * (p2[1]! - p0[1]!) - (p1[1]! - p0[1]!) * (p2[0]! - p0[0]!);
};

describe('flat triangles', () => {
  it('flips the long edge of a triangle whose corner lies on it, keeping every triangle facing the same way', () => {
    const { indices, flips } = flipFlatTriangles(positions, [a, b, c, b, a, d, c, e, a, c, b, e]);
    expect(flips).toBe(1);
    const areas = [0, 1, 2, 3].map((t) => twiceArea(indices, t));
    expect(areas.every((x) => Math.abs(x) > 0.5)).toBe(true);
    // Same winding as the mesh's other triangles (a, d, b, c goes counter-clockwise here).
    expect(Math.sign(areas[0]!)).toBe(Math.sign(areas[1]!));
    expect([...indices.slice(0, 6)]).toEqual([a, d, c, d, b, c]);
  });

  it('leaves a mesh without flat triangles as it was', () => {
    const input = [a, d, c, d, b, c];
    expect(flipFlatTriangles(positions, input)).toEqual({ indices: Uint32Array.from(input), flips: 0 });
  });
});
