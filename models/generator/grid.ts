import type { Vec3 } from '../../src/mapping/vec';
import type { Shape } from './sdf';

/**
 * Reading a distance function from samples on a regular grid: the mesher and the context parts
 * both sample costly fields coarsely and evaluate them exactly only near the surface.
 */

/**
 * Trilinear interpolation of grid values `at(i, j, k)` at nodes `o + (i, j, k) * h`, `n` nodes
 * per axis; points outside the grid read its border.
 */
export function trilinear(
  at: (i: number, j: number, k: number) => number,
  o: Vec3,
  h: number,
  n: readonly [number, number, number],
): Shape['f'] {
  const [nx, ny, nz] = n;
  return (x, y, z) => {
    const gx = Math.min(nx - 1.001, Math.max(0, (x - o[0]) / h));
    const gy = Math.min(ny - 1.001, Math.max(0, (y - o[1]) / h));
    const gz = Math.min(nz - 1.001, Math.max(0, (z - o[2]) / h));
    const i = Math.floor(gx);
    const j = Math.floor(gy);
    const k = Math.floor(gz);
    const fx = gx - i;
    const fy = gy - j;
    const fz = gz - k;
    const c00 = at(i, j, k) * (1 - fx) + at(i + 1, j, k) * fx;
    const c10 = at(i, j + 1, k) * (1 - fx) + at(i + 1, j + 1, k) * fx;
    const c01 = at(i, j, k + 1) * (1 - fx) + at(i + 1, j, k + 1) * fx;
    const c11 = at(i, j + 1, k + 1) * (1 - fx) + at(i + 1, j + 1, k + 1) * fx;
    return (c00 * (1 - fy) + c10 * fy) * (1 - fz) + (c01 * (1 - fy) + c11 * fy) * fz;
  };
}

/**
 * A distance function sampled lazily on a grid of spacing `h` round the sphere (`c`, `r`), each
 * node computed once when first needed. Off by at most about h for a distance function, so
 * callers evaluate exactly where that could change the answer.
 */
export function lazyGrid(f: Shape['f'], c: Vec3, r: number, h: number): Shape['f'] {
  const o: Vec3 = [c[0] - r - 2 * h, c[1] - r - 2 * h, c[2] - r - 2 * h];
  const n = Math.ceil((2 * r + 4 * h) / h) + 2;
  const grid = new Float32Array(n * n * n).fill(NaN);
  const at = (i: number, j: number, k: number): number => {
    const idx = (i * n + j) * n + k;
    let v = grid[idx]!;
    if (Number.isNaN(v)) v = grid[idx] = f(o[0] + i * h, o[1] + j * h, o[2] + k * h);
    return v;
  };
  return trilinear(at, o, h, [n, n, n]);
}
