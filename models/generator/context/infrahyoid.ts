import type { Vec3 } from '../../../src/mapping/vec';
import { lm, sided } from '../landmark-mm';
import { ribbon, union, type Shape } from '../sdf';
import { strap } from './parts';

/**
 * The strap muscles below the hyoid and the floor of the mouth above it, written for the left
 * side (mirrored by `sided`) relative to the hyoid landmark (front of its body), so they follow
 * the hyoid wherever the anatomy data puts it. Widths and thicknesses from Gray's: the
 * sternohyoid about 15 mm wide, the sternothyroid wider and deeper, the thyrohyoid a short
 * quadrilateral on the thyroid lamina, the omohyoid's superior belly a narrow band to the
 * intermediate tendon under the sternocleidomastoid; all 2-3 mm thick.
 */
const rel = (dx: number, dy: number, dz: number, s: 1 | -1): Vec3 => {
  const h = lm('hyoid');
  return sided([dx, h[1] + dy, h[2] + dz], s);
};

/** From the back of the manubrium over the trachea to the oblique line of the thyroid lamina. */
export function sternothyroid(bed: Shape, s: 1 | -1): Shape {
  const pts = [
    rel(7, -86, -20, s),
    rel(9, -72, -23.5, s),
    rel(11, -58, -17, s),
    rel(13, -46, -11, s),
    rel(16, -34, -10, s),
    rel(18, -25, -14, s),
  ];
  return strap(bed, pts, [14, 17, 18, 17, 14, 11], 1.3);
}

/** From the back of the manubrium and the clavicle's medial end to the hyoid body's lower border. */
export function sternohyoid(bed: Shape, s: 1 | -1): Shape {
  const pts = [
    rel(9, -78, -18, s),
    rel(9, -65, -16, s),
    rel(9, -50, -8, s),
    rel(9.5, -37, -2, s),
    rel(9.5, -24, -3.5, s),
    rel(7, -6, -2, s),
  ];
  return strap(bed, pts, [14, 15, 15, 14, 14, 12], 1.2);
}

/** From the oblique line of the thyroid lamina up to the hyoid's greater horn and body. */
export function thyrohyoid(bed: Shape, s: 1 | -1): Shape {
  const pts = [rel(18, -25, -14.5, s), rel(17, -15, -13, s), rel(15, -4, -11.5, s)];
  return strap(bed, pts, [12, 13, 12], 1.2);
}

/** The superior belly: from the hyoid's lower border, lateral to the sternohyoid, down and out to its tendon. */
export function omohyoid(bed: Shape, s: 1 | -1): Shape {
  const pts = [rel(15, -5, -6, s), rel(20, -22, -10, s), rel(26, -38, -18, s), rel(33, -50, -30, s)];
  return strap(bed, pts, [10, 11, 10, 7], 1.1);
}

/**
 * The floor of the mouth: two sheets from the mylohyoid lines on the inside of the mandible to
 * the midline raphe and the hyoid body, joined at the raphe into one part.
 */
export function mylohyoid(): Shape {
  const half = (s: 1 | -1): Shape => {
    const line = [rel(37, 38, -16, s), rel(31, 32, -2, s), rel(24, 25, 10, s), rel(12, 19, 22, s)];
    const raphe = [rel(14, 2, -8, s), rel(1, 4, -1, s), rel(1, 10, 12, s), rel(1, 16, 23, s)];
    return ribbon(raphe, line, 1.3);
  };
  return union([half(1), half(-1)], 1.5);
}
