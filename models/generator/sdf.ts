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
  const [cx, cy, cz] = c;
  // Squared radii once, not at every point: the same products, so the same distances.
  const aa = a * a;
  const bb = b * b;
  const dd = d * d;
  return {
    c,
    r: Math.max(a, b, d),
    f: (x, y, z) => {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const k0 = hypot(px / a, py / b, pz / d);
      const k1 = hypot(px / aa, py / bb, pz / dd);
      return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(a, b, d);
    },
  };
}

/** A cone with rounded ends from `a` (radius ra) to `b` (radius rb). */
export function capsule(a: Vec3, b: Vec3, ra: number, rb = ra): Shape {
  const ab = sub(b, a);
  const l2 = dot(ab, ab) || 1e-9;
  const [ax, ay, az] = a;
  const [abx, aby, abz] = ab;
  return {
    c: lerp(a, b, 0.5),
    r: Math.sqrt(l2) / 2 + Math.max(ra, rb),
    f: (x, y, z) => {
      const px = x - ax;
      const py = y - ay;
      const pz = z - az;
      const t = Math.min(1, Math.max(0, (px * abx + py * aby + pz * abz) / l2));
      return hypot(px - abx * t, py - aby * t, pz - abz * t) - (ra + (rb - ra) * t);
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
  // In scalars (the same operations as dot()), so a hot distance function allocates nothing.
  const [cx, cy, cz] = c;
  const [ux, uy, uz] = u;
  const [vx, vy, vz] = v;
  const [wx, wy, wz] = w;
  const [hx, hy, hz] = h;
  return {
    c,
    r: length(h) + round,
    f: (x, y, z) => {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const qx = Math.abs(px * ux + py * uy + pz * uz) - hx + round;
      const qy = Math.abs(px * vx + py * vy + pz * vz) - hy + round;
      const qz = Math.abs(px * wx + py * wy + pz * wz) - hz + round;
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

/**
 * Slack, mm, on the skip of a whole run of parts: far above the rounding of a bound (1e-13 mm at
 * these sizes), so a run is passed over only when each of its parts would have been.
 */
const RUN_SLACK_MM = 1e-6;

/** Union with fillets of width `k`; parts whose bounding sphere is far away are skipped. */
export function union(shapes: readonly Shape[], k = 0): Shape {
  const { c, r } = boundOf(shapes);
  const n = shapes.length;
  // The parts' bounding spheres in one flat array: this loop runs for every part at every point.
  const spheres = new Float64Array(n * 4);
  shapes.forEach((s, i) => spheres.set([s.c[0], s.c[1], s.c[2], s.r], i * 4));
  const fs = shapes.map((s) => s.f);
  // Long unions (tubes, ribbons, the skeleton) in runs of consecutive parts, each with a sphere
  // round its parts' spheres: a run whose sphere lies beyond the nearest distance so far holds no
  // part the loop would evaluate, and skipping it changes nothing, only saves its part-by-part tests.
  const size = n >= 8 ? Math.max(4, Math.round(Math.sqrt(n))) : n;
  const runs = new Float64Array(Math.ceil(n / size) * 4);
  for (let start = 0; start < n; start += size) {
    const part = shapes.slice(start, start + size);
    const run = boundOf(part);
    runs.set([run.c[0], run.c[1], run.c[2], run.r], (start / size) * 4);
  }
  return {
    c,
    r: r + k,
    f: (x, y, z) => {
      let d = Infinity;
      for (let i = 0; i < n; i++) {
        if (i % size === 0 && d < Infinity) {
          const o = (i / size) * 4;
          const rx = x - runs[o]!;
          const ry = y - runs[o + 1]!;
          const rz = z - runs[o + 2]!;
          if (Math.sqrt(rx * rx + ry * ry + rz * rz) - runs[o + 3]! > d + k + RUN_SLACK_MM) {
            i += size - 1;
            continue;
          }
        }
        const dx = x - spheres[i * 4]!;
        const dy = y - spheres[i * 4 + 1]!;
        const dz = z - spheres[i * 4 + 2]!;
        const bound = Math.sqrt(dx * dx + dy * dy + dz * dz) - spheres[i * 4 + 3]!;
        if (bound > d + k) continue;
        d = smin(d, fs[i]!(x, y, z), k);
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
  // Everything that does not depend on the point is worked out once: plates are evaluated millions
  // of times (mandible, scapula, skull base, and the skin over them). Written out in scalars, in
  // the same order of operations as the vector helpers, so the distances are the same to the bit.
  const [ax, ay, az] = a;
  const [bx, by, bz] = b;
  const [cx, cy, cz] = c;
  const [e0x, e0y, e0z] = ba;
  const [e1x, e1y, e1z] = cb;
  const [e2x, e2y, e2z] = ac;
  const [s0x, s0y, s0z] = cross(ba, n);
  const [s1x, s1y, s1z] = cross(cb, n);
  const [s2x, s2y, s2z] = cross(ac, n);
  const [nx, ny, nz] = n;
  const l0 = dot(ba, ba) || 1e-12;
  const l1 = dot(cb, cb) || 1e-12;
  const l2 = dot(ac, ac) || 1e-12;
  /** Squared distance from the point (p relative to the edge's start) to the edge d. */
  const seg = (px: number, py: number, pz: number, dx: number, dy: number, dz: number, dd: number): number => {
    const t = Math.min(1, Math.max(0, (px * dx + py * dy + pz * dz) / dd));
    const qx = dx * t - px;
    const qy = dy * t - py;
    const qz = dz * t - pz;
    return qx * qx + qy * qy + qz * qz;
  };
  return {
    c: centre,
    r: bound,
    f: (x, y, z) => {
      const pax = x - ax;
      const pay = y - ay;
      const paz = z - az;
      const pbx = x - bx;
      const pby = y - by;
      const pbz = z - bz;
      const pcx = x - cx;
      const pcy = y - cy;
      const pcz = z - cz;
      const inside =
        Math.sign(s0x * pax + s0y * pay + s0z * paz) +
          Math.sign(s1x * pbx + s1y * pby + s1z * pbz) +
          Math.sign(s2x * pcx + s2y * pcy + s2z * pcz) <
        2;
      let d2: number;
      if (inside)
        d2 = Math.min(
          seg(pax, pay, paz, e0x, e0y, e0z, l0),
          seg(pbx, pby, pbz, e1x, e1y, e1z, l1),
          seg(pcx, pcy, pcz, e2x, e2y, e2z, l2),
        );
      else {
        const h = nx * pax + ny * pay + nz * paz;
        d2 = (h * h) / nn;
      }
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
