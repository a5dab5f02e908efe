import type { TriMesh } from './mesh';

/** Area-weighted vertex normals: smooth shading that follows the outward winding. */
export function vertexNormals(mesh: TriMesh): Float32Array {
  const p = mesh.positions;
  const out = new Float32Array(p.length);
  const idx = mesh.indices;
  for (let k = 0; k < idx.length; k += 3) {
    const a = idx[k]! * 3;
    const b = idx[k + 1]! * 3;
    const c = idx[k + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      out[v] = out[v]! + nx;
      out[v + 1] = out[v + 1]! + ny;
      out[v + 2] = out[v + 2]! + nz;
    }
  }
  for (let v = 0; v < out.length; v += 3) {
    const l = Math.sqrt(out[v]! * out[v]! + out[v + 1]! * out[v + 1]! + out[v + 2]! * out[v + 2]!) || 1;
    out[v] = out[v]! / l;
    out[v + 1] = out[v + 1]! / l;
    out[v + 2] = out[v + 2]! / l;
  }
  return out;
}
