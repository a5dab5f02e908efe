import { cross, normalize, sub, type Vec3 } from '../../../src/mapping/vec';
import { slab } from '../bone-sdf';
import { box, type Shape } from '../sdf';

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

/** A spinous process: a blade taller than wide, from its root to its tip, flat faces lateral. */
export function spinousBlade(root: Vec3, tip: Vec3, halfHeight: number, halfThick: number): Shape {
  return slab(root, tip, halfHeight, halfHeight * 0.75, halfThick, [1, 0, 0]);
}
