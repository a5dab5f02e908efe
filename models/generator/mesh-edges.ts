/**
 * Edges and faces of an indexed triangle mesh, for the remeshers that look at how sharply the
 * surface bends across each edge (bone-remesh.ts, bone-mesh.ts, bone-sweep.ts).
 */

/** One number per undirected edge, the same whichever way round (vertex indices below 2^22). */
export const edgeKey = (a: number, b: number): number => (a < b ? a * 4194304 + b : b * 4194304 + a);

/** Unit normal of each triangle (x, y, z per triangle); a degenerate one keeps its unscaled cross product. */
export function faceNormals(p: ArrayLike<number>, t: ArrayLike<number>): Float64Array {
  const nt = t.length / 3;
  const out = new Float64Array(nt * 3);
  for (let k = 0; k < nt; k++) {
    const [a, b, c] = [t[k * 3]! * 3, t[k * 3 + 1]! * 3, t[k * 3 + 2]! * 3];
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const wx = p[c]! - p[a]!;
    const wy = p[c + 1]! - p[a + 1]!;
    const wz = p[c + 2]! - p[a + 2]!;
    const nx = uy * wz - uz * wy;
    const ny = uz * wx - ux * wz;
    const nz = ux * wy - uy * wx;
    const l = Math.hypot(nx, ny, nz) || 1;
    out[k * 3] = nx / l;
    out[k * 3 + 1] = ny / l;
    out[k * 3 + 2] = nz / l;
  }
  return out;
}

/**
 * Calls `meet(o, k, e)` once for each edge two triangles share: `o` the triangle met first, `k`
 * the later one, `e` the edge's place in `k` (from its corner e to corner e + 1).
 */
export function forEachSharedEdge(t: ArrayLike<number>, meet: (o: number, k: number, e: number) => void): void {
  const first = new Map<number, number>();
  for (let k = 0; k < t.length / 3; k++)
    for (let e = 0; e < 3; e++) {
      const ek = edgeKey(t[k * 3 + e]!, t[k * 3 + ((e + 1) % 3)]!);
      const o = first.get(ek);
      if (o === undefined) first.set(ek, k);
      else meet(o, k, e);
    }
}

/** Calls `bent(o, k, e)` (as `forEachSharedEdge`) for each shared edge whose faces meet at more than `limitDeg`. */
export function forEachBentEdge(
  p: ArrayLike<number>,
  t: ArrayLike<number>,
  limitDeg: number,
  bent: (o: number, k: number, e: number) => void,
): void {
  const n = faceNormals(p, t);
  const cosLimit = Math.cos((limitDeg * Math.PI) / 180);
  forEachSharedEdge(t, (o, k, e) => {
    const d = n[o * 3]! * n[k * 3]! + n[o * 3 + 1]! * n[k * 3 + 1]! + n[o * 3 + 2]! * n[k * 3 + 2]!;
    if (d < cosLimit) bent(o, k, e);
  });
}
