import { resolveAnchor } from './anchor';
import { surfaceFramePoint, toSurfaceFrame } from './surface-frame';
import type { Muscle, ReferralLevel, Side, Stroke } from './types';
import { mmToM } from './units';

/**
 * Zone functions: the one place where a referral zone becomes a number at a point. The
 * forward highlight and every reverse lookup call these, so they cannot disagree.
 *
 * A stroke is a band around a polyline in the surface frame. Its weight falls from the core to
 * the edge (see `strokeWeight`): 1 on the path, 0.5 at the stroke's radius (the border the
 * viewer draws) and 0 at 1.25 x radius, all scaled by the stroke's `peak` where it has one.
 */
const OUTER = 1.25;

/**
 * The weight of a stroke at distance `d` from its path, for radius `r` (any one unit). A
 * parabola from 1 on the path to 0.5 at the radius, then a cubic that meets the first one's
 * slope there and reaches 0 flatly at 1.25 x radius: smooth (no kink anywhere), strictly falling
 * from the core outward, so the core of a zone weighs more than its edge and a weight says how
 * near the core a point lies. Points 0.5 x radius in weigh 0.875, 0.75 x radius in 0.72.
 */
export function strokeWeight(d: number, r: number): number {
  if (d >= r * OUTER) return 0;
  const x = d / r;
  if (x <= 1) return 1 - 0.5 * x * x;
  const u = (x - 1) / (OUTER - 1);
  return 0.5 - 0.25 * u - u * u + 0.75 * u * u * u;
}

/** A stroke resolved for one side: polyline vertices in the surface frame, flat. */
interface CompiledStroke {
  readonly points: Float64Array;
  readonly radius: number;
  readonly outer: number;
  readonly peak: number;
}

export interface CompiledZone {
  readonly level: ReferralLevel;
  readonly triggerPointId: string;
  readonly strokes: readonly CompiledStroke[];
}

function compileStroke(stroke: Stroke, side: Side): CompiledStroke {
  const points = new Float64Array(stroke.path.length * 3);
  stroke.path.forEach((anchor, i) => {
    const q = surfaceFramePoint(resolveAnchor(anchor, side));
    points.set(q, i * 3);
  });
  const r = mmToM(stroke.radiusMm);
  return { points, radius: r, outer: r * OUTER, peak: stroke.peak ?? 1 };
}

export function compileZones(muscle: Muscle, side: Side): CompiledZone[] {
  return muscle.triggerPoints.flatMap((trp) =>
    trp.zones.map((zone) => ({
      level: zone.level,
      triggerPointId: trp.id,
      strokes: zone.strokes.map((s) => compileStroke(s, side)),
    })),
  );
}

/** Squared distance from q to the polyline; a single vertex is a spot. */
function distanceSquaredToPolyline(qx: number, qy: number, qz: number, pts: Float64Array): number {
  let best = Infinity;
  const n = pts.length / 3;
  if (n === 1) {
    const dx = qx - pts[0]!,
      dy = qy - pts[1]!,
      dz = qz - pts[2]!;
    return dx * dx + dy * dy + dz * dz;
  }
  for (let i = 0; i < n - 1; i++) {
    const ax = pts[i * 3]!,
      ay = pts[i * 3 + 1]!,
      az = pts[i * 3 + 2]!;
    const bx = pts[i * 3 + 3]!,
      by = pts[i * 3 + 4]!,
      bz = pts[i * 3 + 5]!;
    const abx = bx - ax,
      aby = by - ay,
      abz = bz - az;
    const len2 = abx * abx + aby * aby + abz * abz;
    let t = len2 > 0 ? ((qx - ax) * abx + (qy - ay) * aby + (qz - az) * abz) / len2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const dx = qx - (ax + abx * t),
      dy = qy - (ay + aby * t),
      dz = qz - (az + abz * t);
    const d2 = dx * dx + dy * dy + dz * dz;
    if (d2 < best) best = d2;
  }
  return best;
}

/** Weight of one zone at a point already in the surface frame. */
export function zoneWeightInFrame(zone: CompiledZone, qx: number, qy: number, qz: number): number {
  let w = 0;
  for (const s of zone.strokes) {
    const d2 = distanceSquaredToPolyline(qx, qy, qz, s.points);
    if (d2 >= s.outer * s.outer) continue;
    const ws = s.peak * strokeWeight(Math.sqrt(d2), s.radius);
    if (ws > w) w = ws;
  }
  return w;
}

/** Essential and spillover weights of a set of zones at a model-space point. */
export function levelWeights(
  zones: readonly CompiledZone[],
  px: number,
  py: number,
  pz: number,
  scratch: number[] | Float64Array,
): { essential: number; spillover: number } {
  toSurfaceFrame(px, py, pz, scratch);
  let essential = 0;
  let spillover = 0;
  for (const zone of zones) {
    const w = zoneWeightInFrame(zone, scratch[0]!, scratch[1]!, scratch[2]!);
    if (zone.level === 'essential') essential = Math.max(essential, w);
    else spillover = Math.max(spillover, w);
  }
  return { essential, spillover };
}
