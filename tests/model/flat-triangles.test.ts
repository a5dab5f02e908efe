import { describe, expect, it } from 'vitest';
import { flipFlatTriangles, joinCoincident } from '../../models/generator/flat-triangles';

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

describe('coincident vertices', () => {
  // An octahedron whose edge 0-2 has a vertex (6) a micron from corner 0, as a level set leaves them.
  const octahedron = [1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0.9993, 0.0007, 0];
  const faces = [
    [0, 6, 4],
    [6, 2, 4],
    [2, 1, 4],
    [1, 3, 4],
    [3, 0, 4],
    [2, 6, 5],
    [6, 0, 5],
    [1, 2, 5],
    [3, 1, 5],
    [0, 3, 5],
  ];

  it('joins the ends of an edge shorter than the limit and drops the two triangles across it', () => {
    const joined = joinCoincident(octahedron, faces.flat());
    const tris = Array.from({ length: joined.length / 3 }, (_, t) => [...joined.slice(t * 3, t * 3 + 3)]);
    expect(tris).toHaveLength(8);
    expect(tris.flat()).not.toContain(6);
    // Closed: every edge is met once each way.
    const edges = tris.flatMap(([a, b, c]) => [`${a},${b}`, `${b},${c}`, `${c},${a}`]);
    for (const e of edges) expect(edges).toContain(e.split(',').reverse().join(','));
  });

  it('keeps every edge at least as long as the limit', () => {
    expect(joinCoincident(octahedron, faces.flat(), 1e-4)).toEqual(Uint32Array.from(faces.flat()));
  });
});
