import { meshShape, type Box, type TriMesh } from './mesh';
import { collapseShort, splitTriangles, targetLengths, type Sizing } from './bone-remesh';
import { edgeKey, forEachBentEdge } from './mesh-edges';
import type { Shape } from './sdf';

/**
 * Bone meshing: manifold's level set, a light simplification, then a relaxation that evens the
 * triangles out over the true surface. Marching tetrahedra leaves slivers wherever the surface
 * passes near a grid node, and those read as facets and creases under light; bone is smooth, so
 * each vertex is moved toward the middle of its neighbours within the tangent plane and put back
 * on the surface along the distance gradient.
 */

/** Simplification tolerance, mm: collapses the level set's near-duplicate vertices only. */
const SIMPLIFY_MM = 0.1;
/** Relaxation rounds and the share of the way to the neighbours' centre moved in each. */
const RELAX_ROUNDS = 4;
const RELAX_STEP = 0.6;

/** Creases sharper than this get their triangles split (the surface-quality limit is 20 degrees). */
const CREASE_DEG = 20;
/** The shortest edge still split, mm. */
const MIN_SPLIT_MM = 0.35;

/**
 * `refine`: rounds of crease splitting, for bones with slender processes or thin rims; `coarsen`:
 * lengthen the edges where the bone is plain (see bone-remesh.ts) before refining.
 */
export function meshBone(shape: Shape, edgeMm: number, box?: Box, refine = 1, coarsen?: Sizing): TriMesh {
  let mesh = relax(flipToDelaunay(meshShape(shape, edgeMm, SIMPLIFY_MM, box)), shape, RELAX_ROUNDS);
  if (coarsen) mesh = relax(flipToDelaunay(collapseShort(mesh, targetLengths(mesh, coarsen))), shape, 1);
  // Tight curves (rims of thin plates, slender processes) get finer triangles than flat bone.
  for (let r = 0; r < refine; r++) mesh = relax(flipToDelaunay(splitCreases(mesh, shape)), shape, 1);
  return mesh;
}

function gradientAt(f: Shape['f'], x: number, y: number, z: number, h: number): [number, number, number] {
  const f0 = f(x, y, z);
  const gx = f(x + h, y, z) - f0;
  const gy = f(x, y + h, z) - f0;
  const gz = f(x, y, z + h) - f0;
  const l = Math.hypot(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l];
}

/**
 * Neighbour lists of each vertex, from the triangles, ascending: slices of one array (`at[i]` to
 * `at[i + 1]` in `list`), since sets per vertex cost more in garbage than the smoothing itself.
 */
export function neighbours(mesh: TriMesh): { at: Uint32Array; list: Uint32Array } {
  const n = mesh.positions.length / 3;
  const t = mesh.indices;
  const count = new Uint32Array(n + 1);
  for (let k = 0; k < t.length; k++) count[t[k]! + 1] = count[t[k]! + 1]! + 2;
  for (let i = 0; i < n; i++) count[i + 1] = count[i + 1]! + count[i]!;
  const raw = new Uint32Array(count[n]!);
  const fill = count.slice(0, n);
  for (let k = 0; k < t.length; k += 3)
    for (let e = 0; e < 3; e++) {
      const v = t[k + e]!;
      raw[fill[v]!++] = t[k + ((e + 1) % 3)]!;
      raw[fill[v]!++] = t[k + ((e + 2) % 3)]!;
    }
  const at = new Uint32Array(n + 1);
  const list = new Uint32Array(raw.length);
  let m = 0;
  for (let i = 0; i < n; i++) {
    at[i] = m;
    const ring = raw.subarray(count[i]!, count[i + 1]!).sort();
    for (let q = 0; q < ring.length; q++) if (q === 0 || ring[q] !== ring[q - 1]) list[m++] = ring[q]!;
  }
  at[n] = m;
  return { at, list };
}

/** Tangential smoothing, each round ending on the surface (a few Newton steps along the gradient). */
function relax(mesh: TriMesh, shape: Shape, rounds: number): TriMesh {
  const p = Float32Array.from(mesh.positions);
  const nb = neighbours(mesh);
  const n = p.length / 3;
  const next = new Float32Array(p.length);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const x = p[i * 3]!;
      const y = p[i * 3 + 1]!;
      const z = p[i * 3 + 2]!;
      let cx = 0;
      let cy = 0;
      let cz = 0;
      for (let q = nb.at[i]!; q < nb.at[i + 1]!; q++) {
        const j = nb.list[q]!;
        cx += p[j * 3]!;
        cy += p[j * 3 + 1]!;
        cz += p[j * 3 + 2]!;
      }
      const k = nb.at[i + 1]! - nb.at[i]! || 1;
      let dx = (cx / k - x) * RELAX_STEP;
      let dy = (cy / k - y) * RELAX_STEP;
      let dz = (cz / k - z) * RELAX_STEP;
      const g = gradientAt(shape.f, x, y, z, 0.1);
      const dn = dx * g[0] + dy * g[1] + dz * g[2];
      dx -= dn * g[0];
      dy -= dn * g[1];
      dz -= dn * g[2];
      next[i * 3] = x + dx;
      next[i * 3 + 1] = y + dy;
      next[i * 3 + 2] = z + dz;
    }
    for (let i = 0; i < n; i++) project(shape, next, i);
    p.set(next);
  }
  return { positions: p, indices: mesh.indices };
}

function project(shape: Shape, p: Float32Array, i: number): void {
  for (let s = 0; s < 2; s++) {
    const x = p[i * 3]!;
    const y = p[i * 3 + 1]!;
    const z = p[i * 3 + 2]!;
    const d = shape.f(x, y, z);
    if (Math.abs(d) < 0.005) return;
    const g = gradientAt(shape.f, x, y, z, 0.1);
    // A bounded step: near a crease the gradient swings, and a long jump would cross the bone.
    const step = Math.max(-0.6, Math.min(0.6, d));
    p[i * 3] = x - g[0] * step;
    p[i * 3 + 1] = y - g[1] * step;
    p[i * 3 + 2] = z - g[2] * step;
  }
}

/**
 * Flips each edge whose two opposite angles sum to more than 180 degrees (the Delaunay test) when
 * the flip keeps the surface: the level set's connectivity follows the grid, not the surface.
 */
export function flipToDelaunay(mesh: TriMesh): TriMesh {
  const p = mesh.positions;
  const t = Uint32Array.from(mesh.indices);
  const nt = t.length / 3;
  const edgeTris = new Map<number, number[]>();
  const addEdges = (tri: number): void => {
    for (let e = 0; e < 3; e++) {
      const k = edgeKey(t[tri * 3 + e]!, t[tri * 3 + ((e + 1) % 3)]!);
      const l = edgeTris.get(k);
      if (l) l.push(tri);
      else edgeTris.set(k, [tri]);
    }
  };
  for (let tri = 0; tri < nt; tri++) addEdges(tri);
  // In scalars read straight from the positions, the same operations in the same order as on
  // arrays: a pass tests every edge, and arrays per test kept the collector busy. `sides` holds
  // the two edges from corner o to a and to b (x, y, z each), reused by every test.
  const sides = new Float64Array(6);
  const edgesFrom = (o: number, a: number, b: number): void => {
    const ox = p[o * 3]!;
    const oy = p[o * 3 + 1]!;
    const oz = p[o * 3 + 2]!;
    sides[0] = p[a * 3]! - ox;
    sides[1] = p[a * 3 + 1]! - oy;
    sides[2] = p[a * 3 + 2]! - oz;
    sides[3] = p[b * 3]! - ox;
    sides[4] = p[b * 3 + 1]! - oy;
    sides[5] = p[b * 3 + 2]! - oz;
  };
  const angleAt = (o: number, a: number, b: number): number => {
    edgesFrom(o, a, b);
    const [ux, uy, uz, wx, wy, wz] = sides as unknown as [number, number, number, number, number, number];
    const d = ux * wx + uy * wy + uz * wz;
    return Math.acos(Math.max(-1, Math.min(1, d / (Math.hypot(ux, uy, uz) * Math.hypot(wx, wy, wz) || 1))));
  };
  const normal = (a: number, b: number, c: number): [number, number, number] => {
    edgesFrom(a, b, c);
    const [ux, uy, uz, wx, wy, wz] = sides as unknown as [number, number, number, number, number, number];
    const nx = uy * wz - uz * wy;
    const ny = uz * wx - ux * wz;
    const nz = ux * wy - uy * wx;
    const l = Math.hypot(nx, ny, nz) || 1;
    return [nx / l, ny / l, nz / l];
  };
  const dot = (m: number[], q: number[]): number => m[0]! * q[0]! + m[1]! * q[1]! + m[2]! * q[2]!;
  /** The corner of a triangle off the edge (a, b), made once rather than for every edge tested. */
  const third = (tri: number, a: number, b: number): number => {
    for (let e = 0; e < 3; e++) {
      const q = t[tri * 3 + e]!;
      if (q !== a && q !== b) return q;
    }
    return -1;
  };
  for (let pass = 0; pass < 4; pass++) {
    let flips = 0;
    for (const k of [...edgeTris.keys()].sort((x, y) => x - y)) {
      const tris = edgeTris.get(k);
      if (!tris || tris.length !== 2) continue;
      const [t0, t1] = tris as [number, number];
      const a = Math.floor(k / 4194304);
      const b = k % 4194304;
      const c = third(t0, a, b);
      const d = third(t1, a, b);
      if (c < 0 || d < 0 || c === d || edgeTris.has(edgeKey(c, d))) continue;
      if (angleAt(c, a, b) + angleAt(d, a, b) <= Math.PI + 1e-6) continue;
      // Orientation of t0 decides the winding of the two new triangles.
      let i0 = 0;
      while (t[t0 * 3 + i0] !== a) i0++;
      const forward = t[t0 * 3 + ((i0 + 1) % 3)] === b;
      const [x, y] = forward ? [a, b] : [b, a];
      // New triangles (x, d, c) and (y, c, d), wound as t0 (x, y, c) was.
      const n0 = normal(x, y, c);
      const n1 = normal(x, d, c);
      const n2 = normal(y, c, d);
      if (dot(n0, n1) < 0.85 || dot(n0, n2) < 0.85) continue;
      for (const tri of [t0, t1])
        for (let e = 0; e < 3; e++) {
          const ek = edgeKey(t[tri * 3 + e]!, t[tri * 3 + ((e + 1) % 3)]!);
          const l = edgeTris.get(ek)!;
          l.splice(l.indexOf(tri), 1);
          if (!l.length) edgeTris.delete(ek);
        }
      t.set([x, d, c], t0 * 3);
      t.set([y, c, d], t1 * 3);
      addEdges(t0);
      addEdges(t1);
      flips++;
    }
    if (!flips) break;
  }
  return { positions: p, indices: t };
}

/** Splits the longest edge of each triangle beside a crease at its midpoint, put back on the surface. */
export function splitCreases(mesh: TriMesh, shape: Shape): TriMesh {
  const p = mesh.positions;
  const t = mesh.indices;
  /** Per triangle, 1 + the index of an edge it bends across (0: none). */
  const marked = new Uint8Array(t.length / 3);
  forEachBentEdge(p, t, CREASE_DEG, (o, k, e) => {
    marked[k] = e + 1;
    const ek = edgeKey(t[k * 3 + e]!, t[k * 3 + ((e + 1) % 3)]!);
    for (let q = 0; q < 3; q++) if (edgeKey(t[o * 3 + q]!, t[o * 3 + ((q + 1) % 3)]!) === ek) marked[o] = q + 1;
  });
  const pts: number[] = Array.from(p);
  const mid = new Map<number, number>();
  const len = (a: number, b: number): number =>
    Math.hypot(p[a * 3]! - p[b * 3]!, p[a * 3 + 1]! - p[b * 3 + 1]!, p[a * 3 + 2]! - p[b * 3 + 2]!);
  const edgeLen = (k: number, e: number): number => len(t[k * 3 + e]!, t[k * 3 + ((e + 1) % 3)]!);
  for (let k = 0; k < marked.length; k++) {
    if (!marked[k]) continue;
    // One edge across the crease, the longer of the two that leave the bent edge: a vertex on the
    // crease line itself would not lessen the bend, and splitting all three spreads fine triangles.
    const bent = marked[k]! - 1;
    const [e1, e2] = [(bent + 1) % 3, (bent + 2) % 3];
    const e = edgeLen(k, e1) >= edgeLen(k, e2) ? e1 : e2;
    const a = t[k * 3 + e]!;
    const b = t[k * 3 + ((e + 1) % 3)]!;
    const ek = edgeKey(a, b);
    if (mid.has(ek) || len(a, b) < MIN_SPLIT_MM) continue;
    mid.set(ek, pts.length / 3);
    pts.push((p[a * 3]! + p[b * 3]!) / 2, (p[a * 3 + 1]! + p[b * 3 + 1]!) / 2, (p[a * 3 + 2]! + p[b * 3 + 2]!) / 2);
  }
  const positions = Float32Array.from(pts);
  for (let i = p.length / 3; i < positions.length / 3; i++) project(shape, positions, i);
  return { positions, indices: splitTriangles(t, mid, positions) };
}
