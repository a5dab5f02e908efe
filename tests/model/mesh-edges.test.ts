import { describe, expect, it } from 'vitest';
import { edgeKey, faceNormals, forEachBentEdge, forEachSharedEdge } from '../../models/generator/mesh-edges';

// A unit square in the z = 0 plane (a, b, c, d) and a fifth corner e above b-c, so the triangle
// b-e-c stands up from the square along the edge b-c.
const positions = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0.5, 0.3];
const [a, b, c, d, e] = [0, 1, 2, 3, 4];
const triangles = [a, b, c, a, c, d, b, e, c];

describe('mesh edges', () => {
  it('keys an edge the same whichever way round', () => {
    expect(edgeKey(7, 3)).toBe(edgeKey(3, 7));
    expect(edgeKey(3, 7)).not.toBe(edgeKey(3, 8));
  });

  it('gives each triangle its unit normal, facing by its winding', () => {
    const n = faceNormals(positions, triangles);
    expect([...n.slice(0, 3)]).toEqual([0, 0, 1]);
    expect([...n.slice(3, 6)]).toEqual([0, 0, 1]);
    expect(Math.hypot(n[6]!, n[7]!, n[8]!)).toBeCloseTo(1, 12);
  });

  it('meets each shared edge once, with the later triangle and the edge’s place in it', () => {
    const met: [number, number, number][] = [];
    forEachSharedEdge(triangles, (o, k, edge) => met.push([o, k, edge]));
    // a-c is shared by triangles 0 and 1 (corners 0-1 of the second); b-c by 0 and 2 (corners 2-0).
    expect(met).toEqual([
      [0, 1, 0],
      [0, 2, 2],
    ]);
  });

  it('reports only the edges whose faces meet at more than the limit', () => {
    const bent: number[][] = [];
    forEachBentEdge(positions, triangles, 20, (o, k, edge) => bent.push([o, k, edge]));
    // The square's diagonal is flat; the standing triangle meets it at 90 degrees across b-c.
    expect(bent).toEqual([[0, 2, 2]]);
    const none: number[][] = [];
    forEachBentEdge(positions, triangles, 95, (o, k, edge) => none.push([o, k, edge]));
    expect(none).toEqual([]);
  });
});
