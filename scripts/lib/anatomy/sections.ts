import { Vector3 } from 'three';
import { vertexAt, vertexCount, type MeasureMesh } from './mesh';
import type { MusclePath } from './path';

/** One slice of a muscle across its path: the loop round the path point (mm2, mm). */
export interface Section {
  readonly fraction: number;
  /** Area enclosed by the loop, mm2. */
  readonly area: number;
  /** Extent along the loop's long principal axis, mm. */
  readonly width: number;
  /** Extent along its short principal axis, mm. */
  readonly thickness: number;
  /** Whether the loop encloses the path point; when none does, the nearest loop is taken. */
  readonly aroundPath: boolean;
}

interface Segment {
  readonly from: string;
  readonly to: string;
  readonly a: Vector3;
  readonly b: Vector3;
}

/**
 * The segments where a plane cuts a closed mesh, each oriented so that the loops they form run
 * counter-clockwise about the plane normal (T x face normal): then a loop's shoelace area is
 * positive. Endpoints are keyed by the mesh edge they lie on, so neighbours join exactly.
 */
function slice(m: MeasureMesh, origin: Vector3, normal: Vector3): Segment[] {
  const d = new Float64Array(vertexCount(m));
  const p = new Vector3();
  for (let i = 0; i < d.length; i++) {
    // A vertex exactly on the plane counts as just above it, so every cut falls strictly inside an edge.
    const side = vertexAt(m, i, p).sub(origin).dot(normal);
    d[i] = Math.abs(side) < 1e-9 ? 1e-9 : side;
  }
  const above = (i: number): boolean => d[i]! >= 0;
  const cut = (i: number, j: number): { key: string; point: Vector3 } => {
    const t = d[i]! / (d[i]! - d[j]!);
    return { key: i < j ? `${i},${j}` : `${j},${i}`, point: vertexAt(m, i).lerp(vertexAt(m, j), t) };
  };
  const out: Segment[] = [];
  const [a, b, c, faceNormal, along] = [new Vector3(), new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  for (let k = 0; k < m.indices.length; k += 3) {
    const ids = [m.indices[k]!, m.indices[k + 1]!, m.indices[k + 2]!] as const;
    const ends = [];
    for (let e = 0; e < 3; e++) {
      const [i, j] = [ids[e]!, ids[(e + 1) % 3]!];
      if (above(i) !== above(j)) ends.push(cut(i, j));
    }
    if (ends.length !== 2) continue;
    vertexAt(m, ids[0], a);
    vertexAt(m, ids[1], b);
    vertexAt(m, ids[2], c);
    faceNormal.subVectors(b, a).cross(c.sub(a));
    along.crossVectors(normal, faceNormal);
    const [e0, e1] = ends as [(typeof ends)[0], (typeof ends)[0]];
    const forward = e1.point.clone().sub(e0.point).dot(along) >= 0;
    const [s, t] = forward ? [e0, e1] : [e1, e0];
    out.push({ from: s.key, to: t.key, a: s.point, b: t.point });
  }
  return out;
}

/** Chains segments into closed loops; chains that do not close (an open mesh) are dropped. */
function loops(segments: readonly Segment[]): Vector3[][] {
  const byStart = new Map<string, Segment>();
  for (const s of segments) byStart.set(s.from, s);
  const used = new Set<string>();
  const out: Vector3[][] = [];
  for (const s of segments) {
    if (used.has(s.from)) continue;
    const loop: Vector3[] = [];
    let cur: Segment | undefined = s;
    while (cur && !used.has(cur.from)) {
      used.add(cur.from);
      loop.push(cur.a);
      cur = byStart.get(cur.to);
    }
    if (cur === s && loop.length >= 3) out.push(loop);
  }
  return out;
}

/** A loop in plane coordinates (e1, e2) about the path point. */
function flatten(loop: readonly Vector3[], origin: Vector3, e1: Vector3, e2: Vector3): [number, number][] {
  return loop.map((p) => {
    const q = p.clone().sub(origin);
    return [q.dot(e1), q.dot(e2)];
  });
}

function area2d(poly: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i]!;
    const [x1, y1] = poly[(i + 1) % poly.length]!;
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

function containsOrigin(poly: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > 0 !== yj > 0 && 0 < ((xj - xi) * (0 - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Extents of a polygon along its two principal axes (from its vertices' covariance), long first. */
function extents(poly: readonly [number, number][]): [number, number] {
  const n = poly.length;
  const [mx, my] = poly.reduce(([x, y], [px, py]) => [x + px / n, y + py / n], [0, 0]);
  let [sxx, sxy, syy] = [0, 0, 0];
  for (const [x, y] of poly) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
    syy += (y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const span = (ux: number, uy: number): number => {
    const proj = poly.map(([x, y]) => x * ux + y * uy);
    return Math.max(...proj) - Math.min(...proj);
  };
  const a = span(Math.cos(angle), Math.sin(angle));
  const b = span(-Math.sin(angle), Math.cos(angle));
  return a >= b ? [a, b] : [b, a];
}

/**
 * The section of a muscle across its path at fraction `f`: the plane through the path point,
 * perpendicular to the path's direction there (averaged over a short stretch so a polyline's
 * corner does not tilt it); of the loops it cuts, the largest one round the path point, else the
 * one whose centre lies nearest. Null when the plane misses the mesh.
 */
export function sectionAt(m: MeasureMesh, path: MusclePath, f: number): Section | null {
  const origin = path.pointAt(f);
  const normal = path
    .pointAt(Math.min(1, f + 0.03))
    .sub(path.pointAt(Math.max(0, f - 0.03)))
    .normalize();
  const helper = Math.abs(normal.x) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0);
  const e1 = helper.clone().cross(normal).normalize();
  const e2 = normal.clone().cross(e1);
  const polys = loops(slice(m, origin, normal)).map((l) => flatten(l, origin, e1, e2));
  if (polys.length === 0) return null;
  const around = polys.filter(containsOrigin);
  const pick = around.length
    ? around.reduce((best, p) => (Math.abs(area2d(p)) > Math.abs(area2d(best)) ? p : best))
    : polys.reduce((best, p) => (centreDistance(p) < centreDistance(best) ? p : best));
  const [width, thickness] = extents(pick);
  return { fraction: f, area: Math.abs(area2d(pick)), width, thickness, aroundPath: around.length > 0 };
}

function centreDistance(poly: readonly [number, number][]): number {
  const n = poly.length;
  const [x, y] = poly.reduce(([sx, sy], [px, py]) => [sx + px / n, sy + py / n], [0, 0]);
  return Math.hypot(x, y);
}

/** The sections at every tenth of the path from 20 % to 80 % (targets check 3). */
export function strapSections(m: MeasureMesh, path: MusclePath): (Section | null)[] {
  return [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((f) => sectionAt(m, path, f));
}

/** Smallest over largest section area along the strap; 0 when a section is missing. */
export function collapseRatio(sections: readonly (Section | null)[]): number {
  if (sections.some((s) => !s)) return 0;
  const areas = sections.map((s) => s!.area);
  const max = Math.max(...areas);
  return max > 0 ? Math.min(...areas) / max : 0;
}
