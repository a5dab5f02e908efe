import { add, cross, dot, length, lerp, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';
import { signedVolume, type TriMesh } from './mesh';
import { forEachBentEdge } from './mesh-edges';
import type { Shape } from './sdf';

/**
 * Bar-shaped bones (the ribs) meshed as sweeps rather than level sets. A flat bar's rims are
 * rounded over its half-thickness, a couple of millimetres: drawn with even triangles they need
 * edges under a millimetre everywhere to bend less than 20 degrees per edge, yet along the bar the
 * surface hardly bends at all. Rings of vertices around the centre line, close together round
 * the rims and a few millimetres apart along the bar, draw it with a fraction of the triangles.
 * Each vertex is found on the true surface along a ray from the centre line, so the head and
 * tubercles the shape adds to the bar are drawn too.
 */

/** A bar along a smoothed centre line, half-widths per point, flat faces normal to `flat`. */
export interface Bar {
  readonly path: readonly Vec3[];
  readonly halfWidths: readonly number[];
  readonly halfThick: number;
  readonly flat: Vec3;
}

/**
 * Ring spacing along the bar and the longest edge round its section, mm: a rim of radius r drawn
 * with edges of length L bends by L / r between faces, so 2.4 mm rims take edges near 0.7 mm.
 */
const ALONG_MM = 2.2;
const RIM_EDGE_MM = 0.7;
/**
 * A ring is added halfway between two joined by an edge bent over BEND_DEG (the head, a tubercle,
 * a change of width), once: rings closer than MIN_ALONG_MM bend the rims more than they help.
 */
const BEND_DEG = 18;
const MIN_ALONG_MM = 1;
const REFINE_PASSES = 1;
/** Rings in each end cap between the last section and the tip (the cap bends 90 degrees over them). */
const CAP_RINGS = 4;

/** Where a ray from `o` along unit `d` leaves the shape: marched by the distance bound, then bisected. */
function exit(shape: Shape, o: Vec3, d: Vec3): Vec3 {
  const f = (r: number): number => shape.f(o[0] + d[0] * r, o[1] + d[1] * r, o[2] + d[2] * r);
  let inside = 0;
  let r = 0;
  let v = f(0);
  while (v < 0 && r < 60) {
    inside = r;
    r += Math.max(-v, 0.05);
    v = f(r);
  }
  let outside = r;
  for (let k = 0; k < 24; k++) {
    const m = (inside + outside) / 2;
    if (f(m) < 0) inside = m;
    else outside = m;
  }
  return add(o, scale(d, (inside + outside) / 2));
}

/**
 * The outline of a bar's section in its own plane (x across the width, y across the thickness): a
 * stadium of half-width `w` and rim radius `r` (`t` at the middle of the section, less in the end
 * caps), starting at the bottom of the +x rim and going round counter-clockwise. Rings of different
 * sizes are joined by stitch(), which needs only that each starts at the same place.
 */
function stadium(w: number, t: number, r = t): [number, number][] {
  const h = Math.max(w - t, 1.2);
  const out: [number, number][] = [];
  const rimSegments = Math.max(2, Math.round((Math.PI * r) / RIM_EDGE_MM));
  const faceSegments = Math.max(1, Math.round((2 * h) / ALONG_MM));
  const rim = (cx: number, from: number): void => {
    for (let k = 0; k < rimSegments; k++) {
      const a = from + (Math.PI * k) / rimSegments;
      out.push([cx + r * Math.cos(a), r * Math.sin(a)]);
    }
  };
  const face = (from: number, y: number): void => {
    for (let k = 0; k < faceSegments; k++) out.push([from - (2 * from * k) / faceSegments, y]);
  };
  rim(h, -Math.PI / 2);
  face(h, r);
  rim(-h, Math.PI / 2);
  face(-h, -r);
  return out;
}

/**
 * Triangles between two rings of vertices (loops starting at the same place, any sizes, a single
 * vertex for a tip), each step taking the shorter of the two diagonals it may add.
 */
function stitch(a: readonly number[], b: readonly number[], p: (v: number) => Vec3, tris: number[]): void {
  const [m, n] = [a.length, b.length];
  const d = (u: number, v: number): number => length(sub(p(u), p(v)));
  let [i, j] = [0, 0];
  while (i < m || j < n) {
    const [a0, a1, b0, b1] = [a[i % m]!, a[(i + 1) % m]!, b[j % n]!, b[(j + 1) % n]!];
    const alongA = j >= n || (i < m && (n === 1 || (m > 1 && d(a1, b0) <= d(a0, b1))));
    if (alongA) {
      if (m > 1) tris.push(a0, a1, b0);
      i++;
    } else {
      if (n > 1) tris.push(a0, b1, b0);
      j++;
    }
  }
}

/** The bar at arc length d along its centre line: centre, half-width and section frame. */
interface Station {
  readonly c: Vec3;
  readonly w: number;
  /** Along the bar, across its width, across its thickness. */
  readonly t: Vec3;
  readonly x: Vec3;
  readonly y: Vec3;
}

function centreLine(bar: Bar): { total: number; at: (d: number) => Station } {
  const acc = [0];
  for (let i = 1; i < bar.path.length; i++) acc.push(acc[i - 1]! + length(sub(bar.path[i]!, bar.path[i - 1]!)));
  const total = acc[acc.length - 1]!;
  const point = (d: number): { c: Vec3; w: number } => {
    let j = 1;
    while (j < acc.length - 1 && acc[j]! < d) j++;
    const u = Math.min(1, Math.max(0, (d - acc[j - 1]!) / (acc[j]! - acc[j - 1]! || 1)));
    const w = bar.halfWidths;
    return { c: lerp(bar.path[j - 1]!, bar.path[j]!, u), w: w[j - 1]! + (w[j]! - w[j - 1]!) * u };
  };
  const at = (d: number): Station => {
    const t = normalize(sub(point(Math.min(total, d + 1)).c, point(Math.max(0, d - 1)).c));
    const y = normalize(sub(bar.flat, scale(t, dot(bar.flat, t))));
    return { ...point(d), t, x: cross(y, t), y };
  };
  return { total, at };
}

/** Triangle normals of a mesh given as points and corner indices. */
/** Spans between rings `r` and `r + 1` (indices into `rings`) that hold an edge bent more than BEND_DEG. */
function bentSpans(rings: readonly (readonly number[])[], pts: readonly Vec3[], tris: readonly number[]): Set<number> {
  const ringOf = new Map<number, number>();
  rings.forEach((ring, r) => ring.forEach((v) => ringOf.set(v, r)));
  const spans = new Set<number>();
  forEachBentEdge(pts.flat(), tris, BEND_DEG, (_o, k, e) => {
    const [ra, rb] = [ringOf.get(tris[k * 3 + e]!)!, ringOf.get(tris[k * 3 + ((e + 1) % 3)]!)!];
    // An edge along a ring bends both spans beside it.
    for (const r of ra === rb ? [ra - 1, ra] : [Math.min(ra, rb)]) spans.add(r);
  });
  return spans;
}

export function sweepBar(shape: Shape, bar: Bar): TriMesh {
  const line = centreLine(bar);
  const pts: Vec3[] = [];
  const t = bar.halfThick;
  /**
   * Points on the surface at station s along rays from its centre: through the section's outline
   * when `lean` is 0; in an end cap, through the end rounded over the half-thickness (an outline
   * whose rims have shrunk to t cos lean, moved t sin lean along `out`), so the cap's rings lie
   * evenly over its bend.
   */
  const surface = (s: Station, lean = 0, out: Vec3 = s.t): Vec3[] => {
    const ahead = scale(out, t * Math.sin(lean));
    return stadium(s.w, t, t * Math.cos(lean)).map(([a, b]) =>
      exit(shape, s.c, normalize(add(add(scale(s.x, a), scale(s.y, b)), ahead))),
    );
  };
  const ring = (q: Vec3[]): number[] => q.map((v) => pts.push(v) - 1);
  /** An end cap: rings leaning ever further along the bar from its last section, then the tip. */
  const cap = (s: Station, out: Vec3): number[][] => {
    const caps: number[][] = [];
    for (let k = 1; k <= CAP_RINGS; k++) caps.push(ring(surface(s, (k * Math.PI) / 2 / (CAP_RINGS + 1), out)));
    caps.push(ring([exit(shape, s.c, out)]));
    return caps;
  };
  const first = line.at(0);
  const last = line.at(line.total);
  const n = Math.max(1, Math.round(line.total / ALONG_MM));
  let ds = Array.from({ length: n + 1 }, (_, k) => (line.total * k) / n);
  let tris: number[] = [];
  const p = (v: number): Vec3 => pts[v]!;
  // Rings halfway are added between those joined by bent edges (the head, a tubercle, a change
  // of width), a few times over, each no closer than MIN_ALONG_MM to the next.
  for (let pass = 0; ; pass++) {
    pts.length = 0;
    const all = [
      ...cap(first, scale(first.t, -1)).reverse(),
      ...ds.map((d) => ring(surface(line.at(d)))),
      ...cap(last, last.t),
    ];
    tris = [];
    for (let r = 0; r + 1 < all.length; r++) stitch(all[r]!, all[r + 1]!, p, tris);
    if (pass === REFINE_PASSES) break;
    const bent = bentSpans(all, pts, tris);
    const more: number[] = [];
    ds.forEach((d, i) => {
      if (i > 0 && bent.has(i + CAP_RINGS) && d - ds[i - 1]! >= 2 * MIN_ALONG_MM) more.push((d + ds[i - 1]!) / 2);
    });
    if (!more.length) break;
    ds = [...ds, ...more].sort((x, y) => x - y);
  }
  const positions = Float32Array.from(pts.flat());
  const indices = Uint32Array.from(tris);
  // Outward-facing, whichever way round the rings were stitched.
  if (signedVolume(positions, indices) < 0)
    for (let k = 0; k < indices.length; k += 3) [indices[k + 1], indices[k + 2]] = [indices[k + 2]!, indices[k + 1]!];
  return { positions, indices };
}
