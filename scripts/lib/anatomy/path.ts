import { Vector3 } from 'three';
import { pointMToMm, resolveAnchor, type Side } from '../../../src/mapping';
import { levelRunHeight, type MuscleAttachment } from '../../../src/mapping/attachments';
import { vertexAt, vertexCount, type MeasureMesh, type Vec } from './mesh';

/**
 * A muscle's course from origin to insertion as a polyline (mm), measured by arc length: the
 * sections, the middle third of the belly and the local fibre direction are all placed on it.
 */
export class MusclePath {
  private readonly cumulative: number[] = [0];
  constructor(readonly points: readonly Vector3[]) {
    if (points.length < 2) throw new Error('a path needs two points');
    for (let i = 1; i < points.length; i++)
      this.cumulative.push(this.cumulative[i - 1]! + points[i]!.distanceTo(points[i - 1]!));
  }

  get length(): number {
    return this.cumulative[this.cumulative.length - 1]!;
  }

  private segmentAt(f: number): [number, number] {
    const s = Math.min(Math.max(f, 0), 1) * this.length;
    let i = 0;
    while (i < this.points.length - 2 && this.cumulative[i + 1]! < s) i++;
    const len = this.cumulative[i + 1]! - this.cumulative[i]!;
    return [i, len > 0 ? (s - this.cumulative[i]!) / len : 0];
  }

  /** The point a fraction `f` (0 origin, 1 insertion) along the path. */
  pointAt(f: number): Vector3 {
    const [i, t] = this.segmentAt(f);
    return this.points[i]!.clone().lerp(this.points[i + 1]!, t);
  }

  /** Unit direction of the path (toward the insertion) at fraction `f`. */
  tangentAt(f: number): Vector3 {
    const [i] = this.segmentAt(f);
    return this.points[i + 1]!.clone().sub(this.points[i]!).normalize();
  }

  /** Fraction along the path of the point on it nearest to `p`. */
  project(p: Vector3): number {
    let best = Infinity;
    let bestF = 0;
    const d = new Vector3();
    for (let i = 0; i + 1 < this.points.length; i++) {
      const a = this.points[i]!;
      d.subVectors(this.points[i + 1]!, a);
      const len2 = d.lengthSq();
      const t = len2 > 0 ? Math.min(1, Math.max(0, p.clone().sub(a).dot(d) / len2)) : 0;
      const dist = a.clone().addScaledVector(d, t).distanceToSquared(p);
      if (dist < best) {
        best = dist;
        bestF = (this.cumulative[i]! + t * Math.sqrt(len2)) / this.length;
      }
    }
    return bestF;
  }
}

const toVector = (p: Vec): Vector3 => new Vector3(p[0], p[1], p[2]);
const anchorMm = (an: MuscleAttachment['origin'][number], side: Side): Vector3 =>
  toVector(pointMToMm(resolveAnchor(an, side)));

function centroid(points: readonly Vector3[]): Vector3 {
  const c = new Vector3();
  for (const p of points) c.add(p);
  return c.multiplyScalar(1 / points.length);
}

/**
 * The path as the generator lays it: from the centroid of the origin anchors through the via
 * points to the centroid of the insertion anchors (`models/generator/muscle-sweep.ts`).
 */
export function pathFromAttachment(att: MuscleAttachment, side: Side): MusclePath {
  const o = centroid(att.origin.map((an) => anchorMm(an, side)));
  const i = centroid(att.insertion.map((an) => anchorMm(an, side)));
  return new MusclePath([o, ...(att.via ?? []).map((an) => anchorMm(an, side)), i]);
}

/**
 * The path the mesh itself declares: centroids of its vertices in `bins` bands of the fibre
 * coordinate v (TEXCOORD_0), from origin (v = 0) to insertion (v = 1). Null without fibre
 * coordinates, or when fewer than three bands hold vertices.
 */
export function pathFromFibreCoordinates(m: MeasureMesh, bins = 12): MusclePath | null {
  if (!m.fibreUv) return null;
  const sums = Array.from({ length: bins }, () => ({ p: new Vector3(), n: 0 }));
  const p = new Vector3();
  for (let i = 0; i < vertexCount(m); i++) {
    const v = m.fibreUv[i * 2 + 1]!;
    const b = sums[Math.min(bins - 1, Math.max(0, Math.floor(v * bins)))]!;
    b.p.add(vertexAt(m, i, p));
    b.n++;
  }
  const pts = sums.filter((s) => s.n > 0).map((s) => s.p.multiplyScalar(1 / s.n));
  return pts.length >= 3 ? new MusclePath(pts) : null;
}

/** Where along a line of anchors (0 first, 1 last) a fraction falls, by arc length. */
function alongLine(points: readonly Vector3[], s: number): Vector3 {
  return points.length === 1 ? points[0]!.clone() : new MusclePath(points).pointAt(s);
}

/**
 * Reference fibres as the attachment data describes them: fibre s (0..1 across the width) runs
 * from the origin line's point s to the insertion line's point s, carried along the path like the
 * generator's rows (the offset from the path blends from origin to insertion); where the data
 * says fibres run level before they turn (`runsLevel`, the posterior temporalis), they do so here
 * too, since a straight chord would cut under the level run and its turn. `count` fibres of
 * `steps` segments each.
 */
export function referenceFibres(att: MuscleAttachment, side: Side, count = 9, steps = 24): MusclePath[] {
  const o = att.origin.map((an) => anchorMm(an, side));
  const ins = att.insertion.map((an) => anchorMm(an, side));
  const path = pathFromAttachment(att, side);
  const [c0, c1] = [centroid(o), centroid(ins)];
  const out: MusclePath[] = [];
  for (let k = 0; k < count; k++) {
    const s = count === 1 ? 0.5 : k / (count - 1);
    const off0 = alongLine(o, s).sub(c0);
    const off1 = alongLine(ins, s).sub(c1);
    const pts = Array.from({ length: steps + 1 }, (_, j) => {
      const t = j / steps;
      return path.pointAt(t).add(off0.clone().lerp(off1, t));
    });
    const level = att.runsLevel;
    if (level) {
      const [y0, y1] = [pts[0]!.y, pts[steps]!.y];
      pts.forEach((p, j) => (p.y = levelRunHeight(level, s, j / steps, p.y, y0, y1)));
    }
    out.push(new MusclePath(pts));
  }
  return out;
}
