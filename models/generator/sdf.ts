import { add, cross, dot, hypot, length, lerp, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';

/**
 * Signed distance functions in millimetres (negative inside), the vocabulary every bone and the
 * skin are written in. Most are bounds of the true distance rather than exact, which is all a
 * level-set mesher needs; each carries a bounding sphere so unions can skip far-away parts.
 */
export type Sdf = (x: number, y: number, z: number) => number;

export interface Shape {
  readonly f: Sdf;
  /** Bounding sphere: no part of the shape lies farther than `r` from `c`. */
  readonly c: Vec3;
  readonly r: number;
}

export function sphere(c: Vec3, r: number): Shape {
  return { c, r, f: (x, y, z) => hypot(x - c[0], y - c[1], z - c[2]) - r };
}

/**
 * Ellipsoid with axis-aligned radii. The distance is the usual first-order estimate
 * k0 (k0 - 1) / k1: scaling by the smallest radius instead would make a flat ellipsoid (an ear)
 * look near from far away, and anything placed by walking the field would stop short.
 */
export function ellipsoid(c: Vec3, radii: Vec3): Shape {
  const [a, b, d] = radii;
  return {
    c,
    r: Math.max(a, b, d),
    f: (x, y, z) => {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const k0 = hypot(px / a, py / b, pz / d);
      const k1 = hypot(px / (a * a), py / (b * b), pz / (d * d));
      return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(a, b, d);
    },
  };
}

/** A cone with rounded ends from `a` (radius ra) to `b` (radius rb). */
export function capsule(a: Vec3, b: Vec3, ra: number, rb = ra): Shape {
  const ab = sub(b, a);
  const l2 = dot(ab, ab) || 1e-9;
  return {
    c: lerp(a, b, 0.5),
    r: Math.sqrt(l2) / 2 + Math.max(ra, rb),
    f: (x, y, z) => {
      const px = x - a[0];
      const py = y - a[1];
      const pz = z - a[2];
      const t = Math.min(1, Math.max(0, (px * ab[0] + py * ab[1] + pz * ab[2]) / l2));
      return hypot(px - ab[0] * t, py - ab[1] * t, pz - ab[2] * t) - (ra + (rb - ra) * t);
    },
  };
}

/** Capsules along a polyline, with a radius at each point. */
export function tube(points: readonly Vec3[], radii: readonly number[] | number): Shape {
  const r = (i: number): number => (typeof radii === 'number' ? radii : radii[i]!);
  const parts = points.slice(1).map((p, i) => capsule(points[i]!, p, r(i), r(i + 1)));
  return union(parts);
}

/**
 * A box in a local frame (`u`, `v`, `w` orthonormal) with half sizes `h` and rounded edges
 * of radius `round`: the flat plates of bone (scapula, manubrium, vertebral laminae).
 */
export function box(c: Vec3, h: Vec3, round = 0, u: Vec3 = [1, 0, 0], v: Vec3 = [0, 1, 0]): Shape {
  const w = cross(u, v);
  return {
    c,
    r: length(h) + round,
    f: (x, y, z) => {
      const p: Vec3 = [x - c[0], y - c[1], z - c[2]];
      const qx = Math.abs(dot(p, u)) - h[0] + round;
      const qy = Math.abs(dot(p, v)) - h[1] + round;
      const qz = Math.abs(dot(p, w)) - h[2] + round;
      const out = hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
      return out + Math.min(Math.max(qx, qy, qz), 0) - round;
    },
  };
}

/** Polynomial smooth minimum: blends two surfaces over a width `k` like a fillet. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

function boundOf(shapes: readonly Shape[]): { c: Vec3; r: number } {
  let c: Vec3 = [0, 0, 0];
  for (const s of shapes) c = add(c, s.c);
  c = scale(c, 1 / Math.max(1, shapes.length));
  let r = 0;
  for (const s of shapes) r = Math.max(r, length(sub(s.c, c)) + s.r);
  return { c, r };
}

/** Union with fillets of width `k`; parts whose bounding sphere is far away are skipped. */
export function union(shapes: readonly Shape[], k = 0): Shape {
  const { c, r } = boundOf(shapes);
  const n = shapes.length;
  return {
    c,
    r: r + k,
    f: (x, y, z) => {
      let d = Infinity;
      for (let i = 0; i < n; i++) {
        const s = shapes[i]!;
        const bound = hypot(x - s.c[0], y - s.c[1], z - s.c[2]) - s.r;
        if (bound > d + k) continue;
        d = smin(d, s.f(x, y, z), k);
      }
      return d;
    },
  };
}

/** `a` with `b` carved away, the cut edge rounded over `k`. */
export function subtract(a: Shape, b: Shape, k = 0): Shape {
  return {
    c: a.c,
    r: a.r,
    f: (x, y, z) => {
      const da = a.f(x, y, z);
      if (hypot(x - b.c[0], y - b.c[1], z - b.c[2]) - b.r > k - da + 1) return da;
      return -smin(-da, b.f(x, y, z), k);
    },
  };
}

export function intersect(a: Shape, b: Shape, k = 0): Shape {
  return { c: a.c, r: a.r, f: (x, y, z) => -smin(-a.f(x, y, z), -b.f(x, y, z), k) };
}

/** The shape and its mirror image across the midsagittal plane. */
export function bilateral(make: (side: 1 | -1) => Shape, k = 0): Shape {
  return union([make(1), make(-1)], k);
}

/** Grows or shrinks a shape by `d` millimetres. */
export function offset(s: Shape, d: number): Shape {
  return { c: s.c, r: s.r + Math.max(0, d), f: (x, y, z) => s.f(x, y, z) - d };
}

/** Outward unit normal of the surface through a point, by central differences. */
export function gradient(f: Sdf, p: Vec3, h = 0.25): Vec3 {
  const [x, y, z] = p;
  return normalize([f(x + h, y, z) - f(x - h, y, z), f(x, y + h, z) - f(x, y - h, z), f(x, y, z + h) - f(x, y, z - h)]);
}

/** A flat triangular plate of half-thickness `r` (exact distance to the triangle, minus r). */
export function plate(a: Vec3, b: Vec3, c: Vec3, r: number): Shape {
  const ba = sub(b, a);
  const cb = sub(c, b);
  const ac = sub(a, c);
  const n = cross(ba, ac);
  const nn = dot(n, n) || 1e-12;
  const centre = scale(add(add(a, b), c), 1 / 3);
  const bound = Math.max(length(sub(a, centre)), length(sub(b, centre)), length(sub(c, centre))) + r;
  const seg = (p: Vec3, d: Vec3): number => {
    const t = Math.min(1, Math.max(0, dot(p, d) / (dot(d, d) || 1e-12)));
    const q = sub(scale(d, t), p);
    return dot(q, q);
  };
  return {
    c: centre,
    r: bound,
    f: (x, y, z) => {
      const p: Vec3 = [x, y, z];
      const pa = sub(p, a);
      const pb = sub(p, b);
      const pc = sub(p, c);
      const inside =
        Math.sign(dot(cross(ba, n), pa)) + Math.sign(dot(cross(cb, n), pb)) + Math.sign(dot(cross(ac, n), pc)) < 2;
      const d2 = inside ? Math.min(seg(pa, ba), seg(pb, cb), seg(pc, ac)) : (dot(n, pa) * dot(n, pa)) / nn;
      return Math.sqrt(d2) - r;
    },
  };
}

/** A plate through a fan of points around its first point (a convex polygon). */
export function polygonPlate(points: readonly Vec3[], r: number): Shape {
  const parts: Shape[] = [];
  for (let i = 1; i + 1 < points.length; i++) parts.push(plate(points[0]!, points[i]!, points[i + 1]!, r));
  return union(parts);
}

/** A plate between two polylines of equal length (a ribbon, e.g. the body of the mandible). */
export function ribbon(lower: readonly Vec3[], upper: readonly Vec3[], r: number): Shape {
  const parts: Shape[] = [];
  for (let i = 0; i + 1 < lower.length; i++) {
    parts.push(plate(lower[i]!, lower[i + 1]!, upper[i + 1]!, r));
    parts.push(plate(lower[i]!, upper[i + 1]!, upper[i]!, r));
  }
  return union(parts);
}

/** Moves a point onto a shape's surface (plus `lift` mm) along the distance gradient. */
export function onSurface(s: Shape, p: Vec3, lift = 0): Vec3 {
  let q = p;
  for (let i = 0; i < 12; i++) {
    const d = s.f(q[0], q[1], q[2]) - lift;
    if (Math.abs(d) < 0.02) break;
    q = sub(q, scale(gradient(s.f, q), d));
  }
  return q;
}
