import { cross, normalize, sub, type Vec3 } from '../../../src/mapping/vec';
import { slab } from '../bone-sdf';
import { box, capsule, union, type Shape } from '../sdf';

/** Pieces every vertebra is assembled from, written for the left side (s = 1) and mirrored by `s`. */

export type Side = 1 | -1;
export const at = (s: Side, x: number, y: number, z: number): Vec3 => [s * x, y, z];

/**
 * An articular pillar (lateral mass between the facets): a rhomboid column whose top face is the
 * superior facet, facing along `facing` (up and back in the neck, back in the thorax), and whose
 * bottom face is the inferior facet. Half sizes: mediolateral, facet to facet, along the facet.
 */
export function pillar(c: Vec3, half: Vec3, facing: Vec3, round = 1.4): Shape {
  return box(c, half, round, [1, 0, 0], normalize(facing));
}

/**
 * A lamina: a plate from the pillar back to the root of the spinous process, `tilt` leaning its
 * upper edge forward (the laminae overlap like shingles).
 */
export function lamina(from: Vec3, to: Vec3, halfHeight: number, halfThick: number, tilt = 0.35): Shape {
  const flat = cross(normalize(sub(to, from)), normalize([0, 1, tilt]));
  return slab(from, to, halfHeight, halfHeight * 0.85, halfThick, flat);
}

/**
 * A spinous process: a blade taller than wide, from its root to its tip, flat faces lateral,
 * thickening to `tipThick` (half) where the tip's tubercle grows out of it.
 */
export function spinousBlade(
  root: Vec3,
  tip: Vec3,
  halfHeight: number,
  halfThick: number,
  tipThick = halfThick,
): Shape {
  return slab(root, tip, halfHeight, halfHeight * 0.75, halfThick, [1, 0, 0], tipThick);
}

/**
 * How far a process's tubercles are blended into it, mm: wide enough that the tip swells out of
 * the process as a club, where the vertebra's own fillets (under 3 mm) left a ball on a neck.
 */
const CLUB_BLEND = 4;

/** A process with the tubercles at its tip grown out of it (their extent, the landmarks', kept). */
export function clubbed(process: Shape, tubercles: readonly Shape[]): Shape {
  return union([process, ...tubercles], CLUB_BLEND);
}

/**
 * A bifid spinous process: the blade forks at its end into two tubercles, `halfGap` either side
 * of the midline around `tip`, each a short prong from the blade's end swelling to its tubercle
 * (radius `tubercle`), not a ball set beside it.
 */
export function bifid(blade: Shape, tip: Vec3, halfGap: number, tubercle: number): Shape {
  const prong = (s: Side): Shape =>
    capsule([s * 0.8, tip[1] + 1, tip[2] + 3], [s * halfGap, tip[1], tip[2]], tubercle * 0.75, tubercle);
  return union([blade, prong(1), prong(-1)]);
}
