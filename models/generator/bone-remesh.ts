import type { TriMesh } from './mesh';
import { edgeKey, faceNormals, forEachSharedEdge } from './mesh-edges';

/**
 * Curvature-adaptive edge lengths for a closed bone surface: a surface of radius r drawn with
 * edges of length L bends by about L / r between neighbouring faces, so where the bone is plain
 * (the vault, the blade of a rib) edges may be much longer than on its rims and processes. Here
 * edges shorter than that allow are collapsed, which frees triangles for the crease refinement
 * of bone-mesh.ts; the caller relaxes the result back onto the true surface.
 */

export interface Sizing {
  /** Target bend between neighbouring faces, radians (edge length over radius of curvature). */
  readonly bend: number;
  /** Shortest and longest target edge, mm. */
  readonly minEdge: number;
  readonly maxEdge: number;
}

const dist = (p: Float32Array, a: number, b: number): number =>
  Math.hypot(p[a * 3]! - p[b * 3]!, p[a * 3 + 1]! - p[b * 3 + 1]!, p[a * 3 + 2]! - p[b * 3 + 2]!);

/**
 * Target edge length per vertex: the bend between the faces on either side of each edge over the
 * distance between their centres is the curvature across it; each vertex takes the sharpest of
 * its edges, and the lengths are graded so that they grow by at most half an edge per edge.
 */
export function targetLengths(mesh: TriMesh, s: Sizing): Float32Array {
  const { positions: p, indices: t } = mesh;
  const n = p.length / 3;
  const nrm = faceNormals(p, t);
  const centre = (k: number, ax: number): number =>
    (p[t[k * 3]! * 3 + ax]! + p[t[k * 3 + 1]! * 3 + ax]! + p[t[k * 3 + 2]! * 3 + ax]!) / 3;
  const curv = new Float32Array(n);
  const edges: number[] = [];
  forEachSharedEdge(t, (o, k, e) => {
    const a = t[k * 3 + e]!;
    const b = t[k * 3 + ((e + 1) % 3)]!;
    edges.push(a, b);
    const d = nrm[o * 3]! * nrm[k * 3]! + nrm[o * 3 + 1]! * nrm[k * 3 + 1]! + nrm[o * 3 + 2]! * nrm[k * 3 + 2]!;
    const angle = Math.acos(Math.max(-1, Math.min(1, d)));
    const gap = Math.hypot(centre(o, 0) - centre(k, 0), centre(o, 1) - centre(k, 1), centre(o, 2) - centre(k, 2));
    const c = angle / Math.max(gap, 1e-3);
    if (c > curv[a]!) curv[a] = c;
    if (c > curv[b]!) curv[b] = c;
  });
  const len = new Float32Array(n);
  for (let i = 0; i < n; i++) len[i] = Math.min(s.maxEdge, Math.max(s.minEdge, s.bend / Math.max(curv[i]!, 1e-6)));
  for (let pass = 0; pass < 4; pass++)
    for (let k = 0; k < edges.length; k += 2) {
      const a = edges[k]!;
      const b = edges[k + 1]!;
      const d = 0.5 * dist(p, a, b);
      if (len[a]! > len[b]! + d) len[a] = len[b]! + d;
      else if (len[b]! > len[a]! + d) len[b] = len[a]! + d;
    }
  return len;
}

/** Re-triangulates each triangle with one, two or three of its edges split (midpoints in `mid`). */
export function splitTriangles(t: Uint32Array, mid: Map<number, number>, p: Float32Array): Uint32Array {
  const out: number[] = [];
  for (let k = 0; k < t.length / 3; k++) {
    const v = [t[k * 3]!, t[k * 3 + 1]!, t[k * 3 + 2]!] as const;
    const m = [0, 1, 2].map((e) => mid.get(edgeKey(v[e]!, v[(e + 1) % 3]!)) ?? -1);
    const n = m.filter((x) => x >= 0).length;
    if (n === 0) out.push(...v);
    else if (n === 3) out.push(v[0], m[0]!, m[2]!, m[0]!, v[1], m[1]!, m[2]!, m[1]!, v[2], m[0]!, m[1]!, m[2]!);
    else {
      // Rotate so the first split edge is v0-v1 (one split) or the unsplit edge is v2-v0 (two).
      let r = 0;
      if (n === 1) while (m[r]! < 0) r++;
      else while (m[(r + 2) % 3]! >= 0) r++;
      const [a, b, c] = [v[r]!, v[(r + 1) % 3]!, v[(r + 2) % 3]!];
      const [mab, mbc] = [m[r]!, m[(r + 1) % 3]!];
      if (n === 1) out.push(a, mab, c, mab, b, c);
      // Two splits: the quad a-mab-mbc-c is cut along its shorter diagonal.
      else if (dist(p, a, mbc) <= dist(p, mab, c)) out.push(a, mab, mbc, a, mbc, c, mab, b, mbc);
      else out.push(a, mab, c, mab, mbc, c, mab, b, mbc);
    }
  }
  return Uint32Array.from(out);
}

/**
 * Collapses edges shorter than 4/5 of their target into their midpoint, shortest first, when
 * that keeps the surface manifold, turns no face over and makes no edge longer than 4/3 of its
 * target. Each collapse locks its neighbourhood until the next pass.
 */
export function collapseShort(mesh: TriMesh, len: Float32Array): TriMesh {
  const p = Float32Array.from(mesh.positions);
  const t = Uint32Array.from(mesh.indices);
  const n = p.length / 3;
  const nt = t.length / 3;
  const fans: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < nt; k++) for (let e = 0; e < 3; e++) fans[t[k * 3 + e]!]!.push(k);
  // Rings gathered with a stamp per vertex rather than sets: this runs for every candidate edge.
  const stamp = new Int32Array(n);
  let now = 0;
  const ring = (v: number): number[] => {
    now++;
    const out: number[] = [];
    for (const k of fans[v]!)
      for (let e = 0; e < 3; e++) {
        const u = t[k * 3 + e]!;
        if (u !== v && stamp[u] !== now) {
          stamp[u] = now;
          out.push(u);
        }
      }
    return out;
  };
  const cand: [number, number, number][] = [];
  const seen = new Set<number>();
  for (let k = 0; k < nt; k++)
    for (let e = 0; e < 3; e++) {
      const a = t[k * 3 + e]!;
      const b = t[k * 3 + ((e + 1) % 3)]!;
      const ek = edgeKey(a, b);
      if (seen.has(ek)) continue;
      seen.add(ek);
      const l = dist(p, a, b);
      if (l < 0.8 * Math.min(len[a]!, len[b]!)) cand.push([l, Math.min(a, b), Math.max(a, b)]);
    }
  cand.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const locked = new Uint8Array(n);
  const dead = new Uint8Array(nt);
  const removed = new Uint8Array(n);
  const q = new Float32Array(3);
  for (const [, a, b] of cand) {
    if (locked[a] || locked[b]) continue;
    const ra = ring(a);
    const rb = ring(b);
    let common = 0;
    for (const v of ra) if (stamp[v] === now) common++;
    if (common !== 2 || ra.length < 4 || rb.length < 4) continue;
    const shared = fans[a]!.filter((k) => fans[b]!.includes(k));
    if (shared.length !== 2) continue;
    // The vertices opposite the edge lose one neighbour each: keep them at valence 3 or more.
    let thin = false;
    for (const k of shared)
      for (let e = 0; e < 3; e++) {
        const o = t[k * 3 + e]!;
        if (o !== a && o !== b && ring(o).length <= 3) thin = true;
      }
    if (thin) continue;
    q[0] = (p[a * 3]! + p[b * 3]!) / 2;
    q[1] = (p[a * 3 + 1]! + p[b * 3 + 1]!) / 2;
    q[2] = (p[a * 3 + 2]! + p[b * 3 + 2]!) / 2;
    const save = [p[a * 3]!, p[a * 3 + 1]!, p[a * 3 + 2]!];
    p.set(q, a * 3);
    let ok = true;
    for (const v of [...ra, ...rb])
      if (v !== a && v !== b && dist(p, a, v) > (4 / 3) * Math.min(len[a]!, len[b]!, len[v]!)) {
        ok = false;
        break;
      }
    if (ok)
      for (const v of [a, b])
        for (const k of fans[v]!) {
          if (shared.includes(k)) continue;
          if (!turnsLittle(p, t, k, v, a, save)) {
            ok = false;
            break;
          }
        }
    if (!ok) {
      p.set(save, a * 3);
      continue;
    }
    for (const k of shared) dead[k] = 1;
    for (const k of fans[b]!) {
      if (dead[k]) continue;
      for (let e = 0; e < 3; e++) if (t[k * 3 + e] === b) t[k * 3 + e] = a;
      fans[a]!.push(k);
    }
    removed[b] = 1;
    locked[a] = locked[b] = 1;
    for (const v of ra) locked[v] = 1;
    for (const v of rb) locked[v] = 1;
  }
  return compact(p, t, dead, removed);
}

/**
 * Whether face `k`, whose corner `v` moves to vertex `a`'s new place (v's old place `was` when v
 * is a), keeps its facing within 60 degrees and does not become a sliver.
 */
function turnsLittle(p: Float32Array, t: Uint32Array, k: number, v: number, a: number, was: number[]): boolean {
  const corner = (i: number, moved: boolean): [number, number, number] =>
    moved
      ? [p[a * 3]!, p[a * 3 + 1]!, p[a * 3 + 2]!]
      : i === a
        ? (was as [number, number, number])
        : [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!];
  const before = [0, 1, 2].map((e) => corner(t[k * 3 + e]!, false));
  const after = [0, 1, 2].map((e) => corner(t[k * 3 + e]!, t[k * 3 + e] === v));
  const normal = (c: [number, number, number][]): [number, number, number, number] => {
    const u = [c[1]![0] - c[0]![0], c[1]![1] - c[0]![1], c[1]![2] - c[0]![2]];
    const w = [c[2]![0] - c[0]![0], c[2]![1] - c[0]![1], c[2]![2] - c[0]![2]];
    const nx = u[1]! * w[2]! - u[2]! * w[1]!;
    const ny = u[2]! * w[0]! - u[0]! * w[2]!;
    const nz = u[0]! * w[1]! - u[1]! * w[0]!;
    const l = Math.hypot(nx, ny, nz);
    return [nx / (l || 1), ny / (l || 1), nz / (l || 1), l];
  };
  const n0 = normal(before);
  const n1 = normal(after);
  if (n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2] < 0.5) return false;
  // Twice the area over the longest edge squared: small for slivers.
  const longest = Math.max(
    ...[0, 1, 2].map((e) => {
      const x = after[e]!;
      const y = after[(e + 1) % 3]!;
      return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
    }),
  );
  return n1[3] / (longest * longest || 1) > 0.15;
}

function compact(p: Float32Array, t: Uint32Array, dead: Uint8Array, removed: Uint8Array): TriMesh {
  const n = p.length / 3;
  const id = new Int32Array(n).fill(-1);
  const pts: number[] = [];
  const tris: number[] = [];
  for (let k = 0; k < t.length / 3; k++) {
    if (dead[k]) continue;
    for (let e = 0; e < 3; e++) {
      const v = t[k * 3 + e]!;
      if (removed[v]) throw new Error('collapse left a face on a removed vertex');
      if (id[v]! < 0) {
        id[v] = pts.length / 3;
        pts.push(p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!);
      }
      tris.push(id[v]!);
    }
  }
  return { positions: Float32Array.from(pts), indices: Uint32Array.from(tris) };
}
