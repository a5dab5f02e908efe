import type { Vec3 } from '../../../src/mapping/vec';
import { resample } from '../curves';
import { lm, sided } from '../landmark-mm';
import { onSurface, sphere, union, type Shape } from '../sdf';
import { strap } from './parts';

/**
 * The eyes and the muscles round the mouth and nose the catalogue has no trigger points for.
 * The muscles of facial expression lie in the face's superficial soft tissue: each is laid 2-5 mm
 * under the skin (`skin` is the skin's distance function, so they follow the face wherever it is
 * built); deeper, the distance field folds round the nose and the strap would twist. Written for
 * the left side; `sided` mirrors.
 */

/** The globe, 24 mm across, with the cornea's bulge in front, in the middle of the orbit. */
export function eye(s: 1 | -1): Shape {
  const o = lm('orbitale-left');
  const c = sided([o[0] - 2, o[1] + 15, o[2] - 7], s);
  return union([sphere(c, 12), sphere([c[0], c[1], c[2] + 5.5], 7.8)], 1);
}

const mix = (values: readonly number[], t: number): number => {
  const x = t * (values.length - 1);
  const i = Math.min(values.length - 2, Math.floor(x));
  return values[i]! + (values[i + 1]! - values[i]!) * (x - i);
};

/**
 * A strap through `pts` (resampled finely, so it bends with the face), each point at `depths`
 * under the skin, `widths` wide (both interpolated along the course).
 */
function underSkin(
  skin: Shape,
  pts: readonly Vec3[],
  depths: readonly number[],
  widths: readonly number[],
  half: number,
  s: 1 | -1,
): Shape {
  const n = 9;
  const course = resample(
    pts.map((p) => sided(p, s)),
    n,
    false,
  ).map((p, i) => onSurface(skin, p, -mix(depths, i / (n - 1))));
  return strap(
    skin,
    course,
    course.map((_, i) => mix(widths, i / (n - 1))),
    half,
  );
}

/** The sphincter of the lips: a band about 12 mm wide round the mouth, out to the modioli. */
export function orbicularisOris(skin: Shape): Shape {
  const stomion = lm('prosthion')[1] - 8;
  const ring: Vec3[] = [];
  const n = 24;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const x = 22 * Math.cos(a);
    const y = stomion + (Math.sin(a) > 0 ? 7 : 9) * Math.sin(a);
    ring.push(onSurface(skin, [x, y, 100 - 0.022 * x * x], -5));
  }
  // Closed: the course runs one segment past its start, so the band has no seam.
  const loop = [...ring, ring[0]!, ring[1]!];
  return strap(
    skin,
    loop,
    loop.map(() => 11),
    1.8,
  );
}

/** From the infraorbital margin down into the upper lip. */
export const levatorLabiiSuperioris = (skin: Shape, s: 1 | -1): Shape =>
  underSkin(
    skin,
    [
      [26, -3, 82],
      [21, -20, 90],
      [14, -40, 98],
    ],
    [4.5, 4.5, 4],
    [15, 13, 10],
    1.3,
    s,
  );

/** From the mandible's lower border up, narrowing, to the corner of the mouth. */
export const depressorAnguliOris = (skin: Shape, s: 1 | -1): Shape =>
  underSkin(
    skin,
    [
      [33, -86, 62],
      [29, -72, 76],
      [25, -58, 86],
    ],
    [4.5, 4, 3.5],
    [24, 14, 6],
    1.2,
    s,
  );

/** From the fascia over the masseter and parotid, forward to the corner of the mouth. */
export const risorius = (skin: Shape, s: 1 | -1): Shape =>
  underSkin(
    skin,
    [
      [56, -50, 52],
      [42, -52, 74],
      [27, -54, 86],
    ],
    [3.5, 3.5, 4],
    [12, 9, 5],
    0.9,
    s,
  );

/** Transverse part: from the maxilla beside the ala, over the nose to the aponeurosis on its bridge. */
export const nasalis = (skin: Shape, s: 1 | -1): Shape =>
  underSkin(
    skin,
    [
      [16, -28, 96],
      [11, -14, 106],
      [3, -4, 112],
    ],
    [3.5, 2.5, 2],
    [7, 10, 9],
    0.8,
    s,
  );
