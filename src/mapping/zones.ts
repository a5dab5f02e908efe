import { resolveAnchor } from './anchor';
import { surfaceFramePoint, toSurfaceFrame } from './surface-frame';
import type { Muscle, ReferralLevel, Side, Stroke } from './types';
import { mmToM } from './units';
import { smoothstep } from './vec';

/**
 * Zone functions: the one place where a referral zone becomes a number at a point. The
 * forward highlight and every reverse lookup call these, so they cannot disagree.
 *
 * A stroke is a band around a polyline in the surface frame. Its weight is 1 well inside,
 * falls smoothly through 0.5 at the stroke's radius and reaches 0 at 1.25 x radius (the soft
 * border the viewer draws).
 */
const SOFT_INNER = 0.75;
const SOFT_OUTER = 1.25;

/** A stroke resolved for one side: polyline vertices in the surface frame, flat. */
interface CompiledStroke {
  readonly points: Float64Array;
  readonly inner: number;
  readonly outer: number;
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
  return { points, inner: r * SOFT_INNER, outer: r * SOFT_OUTER };
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
    const ws = 1 - smoothstep(s.inner, s.outer, Math.sqrt(d2));
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
