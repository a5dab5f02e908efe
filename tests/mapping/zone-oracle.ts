import fc from 'fast-check';
import {
  getMuscle,
  resolveAnchor,
  surfaceFramePoint,
  type ReferralLevel,
  type Side,
  type Vec3,
} from '../../src/mapping';
import { uniform } from '../../scripts/lib/head-points';

/**
 * The referral a muscle's zone definition gives at a point, worked out here from the catalogue
 * (strokes of anchors with a radius) and the rule of src/mapping/zones.ts written out afresh:
 * at distance d from its path in the surface frame, a stroke of radius r weighs 1 - (d/r)^2 / 2 up
 * to the radius (1 on the path, 0.5 at the drawn border), then follows the cubic Hermite curve from
 * there (value 0.5, slope -1/r) to 0 with a flat end at 1.25 r, times the stroke's peak; a zone
 * takes its strongest stroke, a level its strongest zone, and the level with the higher ranking
 * score wins (spillover weights count half; essential wins a tie). The lookup is checked against
 * this, not against itself.
 */
export function definedReferral(
  muscleId: string,
  side: Side,
  p: Vec3,
): { level: ReferralLevel | null; essential: number; spillover: number; nearRim: boolean } {
  const q = surfaceFramePoint(p);
  const weights = { essential: 0, spillover: 0 };
  let nearRim = false;
  for (const trp of getMuscle(muscleId)!.triggerPoints) {
    for (const zone of trp.zones) {
      for (const stroke of zone.strokes) {
        const path = stroke.path.map((a) => surfaceFramePoint(resolveAnchor(a, side)));
        const d = distanceToPath(q, path);
        const r = stroke.radiusMm / 1000;
        if (Math.abs(d - 1.25 * r) < 1e-6) nearRim = true;
        const w = (stroke.peak ?? 1) * definedStrokeWeight(d, r);
        weights[zone.level] = Math.max(weights[zone.level], w);
      }
    }
  }
  const { essential, spillover } = weights;
  const level = essential === 0 && spillover === 0 ? null : essential >= spillover / 2 ? 'essential' : 'spillover';
  return { level, essential, spillover, nearRim };
}

/** The stroke's fall from core to edge, from its definition (Hermite basis written out). */
export function definedStrokeWeight(d: number, r: number): number {
  if (d <= r) return 1 - (d * d) / (2 * r * r);
  if (d >= 1.25 * r) return 0;
  const u = (d - r) / (0.25 * r);
  // Hermite from value 0.5 with slope -1/r (per unit u: -0.25) to value 0 with slope 0.
  const h00 = 2 * u ** 3 - 3 * u ** 2 + 1;
  const h10 = u ** 3 - 2 * u ** 2 + u;
  return 0.5 * h00 - 0.25 * h10;
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Distance from q to a path of points (one point: a spot), segment by segment. */
function distanceToPath(q: Vec3, path: readonly Vec3[]): number {
  if (path.length === 1) return Math.sqrt(dot(sub(q, path[0]!), sub(q, path[0]!)));
  let best = Infinity;
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!;
    const ab = sub(path[i + 1]!, a);
    const t = Math.min(1, Math.max(0, dot(sub(q, a), ab) / (dot(ab, ab) || 1)));
    const d = sub(q, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t]);
    best = Math.min(best, Math.sqrt(dot(d, d)));
  }
  return best;
}

/** Model-space points within about two stroke radii of one of the muscle's stroke anchors. */
export function nearStroke(muscleId: string, side: Side): fc.Arbitrary<Vec3> {
  const strokes = getMuscle(muscleId)!.triggerPoints.flatMap((t) => t.zones.flatMap((z) => z.strokes));
  return fc
    .record({
      stroke: fc.constantFrom(...strokes),
      k: fc.nat(),
      dx: uniform(-1, 1),
      dy: uniform(-1, 1),
      dz: uniform(-1, 1),
    })
    .map(({ stroke, k, dx, dy, dz }) => {
      const at = resolveAnchor(stroke.path[k % stroke.path.length]!, side);
      const r = (2 * stroke.radiusMm) / 1000;
      return [at[0] + dx * r, at[1] + dy * r, at[2] + dz * r] as Vec3;
    });
}
