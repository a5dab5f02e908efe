import type { TriMesh } from './mesh';
import { flipToDelaunay, neighbours } from './bone-mesh';

/**
 * Fairing of a level-set mesh without evaluating its shape again (the skin's distance function
 * is the costliest in the model): Delaunay edge flips, then vertices moved toward the middle of
 * their neighbours within their own tangent plane, which evens the triangles out while leaving
 * the surface where it was to within the sagitta of a step (hundredths of a millimetre on skin).
 */
export function fairMesh(mesh: TriMesh, rounds = 2, step = 0.5): TriMesh {
  let m = flipToDelaunay(mesh);
  for (let r = 0; r < rounds; r++) m = flipToDelaunay(tangentialSmooth(m, step));
  return m;
}

function tangentialSmooth(mesh: TriMesh, step: number): TriMesh {
  const p = mesh.positions;
  const t = mesh.indices;
  const n = p.length / 3;
  // Area-weighted vertex normals and the sum and count of each vertex's neighbours (each edge is
  // seen from both of its triangles, so every neighbour counts twice, which the mean ignores).
  const nrm = new Float64Array(n * 3);
  const sum = new Float64Array(n * 3);
  const cnt = new Uint32Array(n);
  for (let k = 0; k < t.length; k += 3) {
    const a = t[k]!;
    const b = t[k + 1]!;
    const c = t[k + 2]!;
    const ux = p[b * 3]! - p[a * 3]!;
    const uy = p[b * 3 + 1]! - p[a * 3 + 1]!;
    const uz = p[b * 3 + 2]! - p[a * 3 + 2]!;
    const wx = p[c * 3]! - p[a * 3]!;
    const wy = p[c * 3 + 1]! - p[a * 3 + 1]!;
    const wz = p[c * 3 + 2]! - p[a * 3 + 2]!;
    const fx = uy * wz - uz * wy;
    const fy = uz * wx - ux * wz;
    const fz = ux * wy - uy * wx;
    for (const [v, o1, o2] of [
      [a, b, c],
      [b, c, a],
      [c, a, b],
    ] as const) {
      nrm[v * 3] = nrm[v * 3]! + fx;
      nrm[v * 3 + 1] = nrm[v * 3 + 1]! + fy;
      nrm[v * 3 + 2] = nrm[v * 3 + 2]! + fz;
      for (const o of [o1, o2]) {
        sum[v * 3] = sum[v * 3]! + p[o * 3]!;
        sum[v * 3 + 1] = sum[v * 3 + 1]! + p[o * 3 + 1]!;
        sum[v * 3 + 2] = sum[v * 3 + 2]! + p[o * 3 + 2]!;
      }
      cnt[v] = cnt[v]! + 2;
    }
  }
  const out = new Float32Array(p.length);
  for (let i = 0; i < n; i++) {
    const l = Math.hypot(nrm[i * 3]!, nrm[i * 3 + 1]!, nrm[i * 3 + 2]!) || 1;
    const nx = nrm[i * 3]! / l;
    const ny = nrm[i * 3 + 1]! / l;
    const nz = nrm[i * 3 + 2]! / l;
    const k = cnt[i] || 1;
    let dx = (sum[i * 3]! / k - p[i * 3]!) * step;
    let dy = (sum[i * 3 + 1]! / k - p[i * 3 + 1]!) * step;
    let dz = (sum[i * 3 + 2]! / k - p[i * 3 + 2]!) * step;
    const dn = dx * nx + dy * ny + dz * nz;
    dx -= dn * nx;
    dy -= dn * ny;
    dz -= dn * nz;
    out[i * 3] = p[i * 3]! + dx;
    out[i * 3 + 1] = p[i * 3 + 1]! + dy;
    out[i * 3 + 2] = p[i * 3 + 2]! + dz;
  }
  return { positions: out, indices: t };
}

/**
 * Taubin's λ|μ smoothing (SIGGRAPH 1995): each round moves every vertex toward the mean of its
 * neighbours by λ, then away from it by μ (slightly more than λ), which damps the short ripples of
 * a level set and the creases of its unions while keeping the volume and the broad form, where
 * plain Laplacian smoothing would shrink a thin muscle toward its midline. Vertices flagged in
 * `fixed` stay where they are.
 */
export function taubinSmooth(mesh: TriMesh, rounds: number, fixed?: Uint8Array, lambda = 0.5, mu = -0.53): TriMesh {
  const nb = neighbours(mesh);
  const n = mesh.positions.length / 3;
  let p = Float32Array.from(mesh.positions);
  let q = new Float32Array(p.length);
  for (let r = 0; r < rounds; r++)
    for (const f of [lambda, mu]) {
      for (let i = 0; i < n; i++) {
        const [from, to] = [nb.at[i]!, nb.at[i + 1]!];
        for (let c = 0; c < 3; c++) {
          let s = 0;
          for (let k = from; k < to; k++) s += p[nb.list[k]! * 3 + c]!;
          const own = p[i * 3 + c]!;
          q[i * 3 + c] = to > from && !fixed?.[i] ? own + f * (s / (to - from) - own) : own;
        }
      }
      [p, q] = [q, p];
    }
  return { positions: p, indices: mesh.indices };
}
