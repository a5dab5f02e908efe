import { cross, dot, hypot, lerp, length, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';
import { union, type Shape } from './sdf';

/**
 * Distance functions for the shapes bone has and `sdf.ts` lacks: flat bars (ribs, laminae, the
 * scapular spine), discs (vertebral bodies) and cones (canine cusps). Bounds of the true distance,
 * like the rest, with a bounding sphere each so unions can skip them.
 */

/**
 * A flat bar from `a` to `b`: a slab of half-thickness `t` whose half-width goes from `wa` to `wb`,
 * its flat faces normal to `flat` (made perpendicular to the bar), every edge rounded over its
 * half-thickness; `tb`, when given, the half-thickness at `b` (a process thickening to its tip).
 */
export function slab(a: Vec3, b: Vec3, wa: number, wb: number, t: number, flat: Vec3, tb = t): Shape {
  const ab = sub(b, a);
  const len = length(ab) || 1e-9;
  const dir = scale(ab, 1 / len);
  const n = normalize(sub(flat, scale(dir, dot(flat, dir))));
  const w = cross(dir, n);
  // In scalars, the same operations as dot() in the same order: the bars of every rib, lamina and
  // spine are evaluated millions of times, and an array per call kept the collector busy.
  const [ax, ay, az] = a;
  const [dx, dy, dz] = dir;
  const [wx, wy, wz] = w;
  const [nx, ny, nz] = n;
  return {
    c: lerp(a, b, 0.5),
    r: len / 2 + Math.max(wa, wb) + Math.max(t, tb),
    f: (x, y, z) => {
      const px = x - ax;
      const py = y - ay;
      const pz = z - az;
      const s = px * dx + py * dy + pz * dz;
      const u = Math.min(1, Math.max(0, s / len));
      const th = t + (tb - t) * u;
      const half = Math.max(0, wa + (wb - wa) * u - th);
      const ds = Math.max(-s, s - len, 0);
      const dw = Math.max(Math.abs(px * wx + py * wy + pz * wz) - half, 0);
      return hypot(ds, dw, px * nx + py * ny + pz * nz) - th;
    },
  };
}

/** Slabs along a polyline (give it smoothed), half-widths per point, flat faces normal to `flat`. */
export function band(points: readonly Vec3[], halfWidths: readonly number[] | number, t: number, flat: Vec3): Shape {
  const hw = (i: number): number => (typeof halfWidths === 'number' ? halfWidths : halfWidths[i]!);
  return union(points.slice(1).map((p, i) => slab(points[i]!, p, hw(i), hw(i + 1), t, flat)));
}

/**
 * A disc standing on the y axis: a superellipse of half-sizes `hx`, `hz` in plan (exponent `p`,
 * 2 an ellipse, higher squarer), half-height `hy`, its rims rounded over `round`. `dent` draws the
 * back (-z) in at the midline, giving the kidney outline of a cervical vertebral body.
 */
export function disc(c: Vec3, half: Vec3, round: number, p = 2.6, dent = 0): Shape {
  const [hx, hy, hz] = half;
  return {
    c,
    r: Math.max(hx, hy, hz) * 1.5,
    f: (x, y, z) => {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const k = Math.max(0, 1 - (px / hx) ** 2);
      const rz = pz < 0 ? hz - dent * k : hz;
      const q = (Math.abs(px / hx) ** p + Math.abs(pz / rz) ** p) ** (1 / p);
      const plan = (q - 1) * Math.min(hx, rz) + round;
      const up = Math.abs(py) - hy + round;
      return hypot(Math.max(plan, 0), Math.max(up, 0)) + Math.min(Math.max(plan, up), 0) - round;
    },
  };
}
