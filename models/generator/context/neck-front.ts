import type { Vec3 } from '../../../src/mapping/vec';
import { lm } from '../landmark-mm';
import { capsule, offset, ribbon, subtract, union, type Shape } from '../sdf';
import { airwayAxis, prominence } from './larynx';

/**
 * What closes the front of the neck between and below the cartilages, placed from the hyoid and
 * the larynx (larynx.ts) so it follows them: the thyrohyoid membrane from the upper border of the
 * thyroid cartilage to the back of the hyoid body and greater horns, and the thyroid gland, its two
 * lobes on the sides of the cricoid and the upper trachea (each about 50 mm tall, 20 mm across) and
 * its isthmus over the second to fourth tracheal rings (Gray's).
 */

/** The membrane, 1.6 mm thick, spanning the gap that lets one see through the neck above the larynx. */
export function thyrohyoidMembrane(): Shape {
  const h = lm('hyoid');
  const p = prominence();
  const side = (dx: number, dy: number, dz: number, from: Vec3): Vec3[] => [
    [-dx, from[1] + dy, from[2] + dz],
    [dx, from[1] + dy, from[2] + dz],
  ];
  // Along the thyroid's upper border (raised 1 mm into the cartilage) and the hyoid's upper back:
  // at the midline it rises behind the body of the hyoid (a bursa between them), not up to its
  // lower border, where a line of sight from the front passed between the two.
  const lower: Vec3[] = [
    [-21.5, p[1] + 4.5, p[2] - 24.5],
    [-15, p[1] + 3.5, p[2] - 17.5],
    [-8, p[1] + 1.5, p[2] - 9.5],
    [0, p[1], p[2] - 1],
    ...side(8, 1.5, -9.5, p).slice(1),
    ...side(15, 3.5, -17.5, p).slice(1),
    ...side(21.5, 4.5, -24.5, p).slice(1),
  ];
  const upper: Vec3[] = [
    [-20.5, h[1] + 5, h[2] - 24],
    [-15, h[1] + 3.5, h[2] - 17],
    [-8, h[1] + 2, h[2] - 8.5],
    [0, h[1] + 2, h[2] - 8.5],
    [8, h[1] + 2, h[2] - 8.5],
    [15, h[1] + 3.5, h[2] - 17],
    [20.5, h[1] + 5, h[2] - 24],
  ];
  return ribbon(lower, upper, 0.8);
}

/** Lobes from the thyroid lamina's oblique line to the sixth tracheal ring, joined by the isthmus. */
export function thyroidGland(airway: Shape): Shape {
  const [top, below] = airwayAxis() as [Vec3, Vec3];
  // The airway leans back as it descends, and the gland with it: points at a height on its axis.
  const onAxis = (y: number): Vec3 => {
    const t = (top[1] - y) / (top[1] - below[1]);
    return [0, y, top[2] + (below[2] - top[2]) * t];
  };
  const lobe = (s: 1 | -1): Shape => {
    const [, y0, z0] = onAxis(top[1] + 18);
    const [, y1, z1] = onAxis(top[1] - 22);
    return capsule([s * 16, y0, z0 + 1], [s * 16, y1, z1 + 3], 7.5, 9);
  };
  const [, yi, zi] = onAxis(top[1] - 13);
  const isthmus = capsule([-12, yi, zi + 13], [12, yi, zi + 13], 4);
  return subtract(union([lobe(1), lobe(-1), isthmus], 6), offset(airway, 0.8), 1.5);
}
