import { externalNose, noseFrame } from '../face';
import { lm, sided } from '../landmark-mm';
import { box, intersect, offset, sphere, union, type Shape } from '../sdf';
import { faceSheet, type FacePoint, type Sheet } from './parts';

/**
 * The eyes and the muscles round the mouth and nose the catalogue has no trigger points for.
 * The muscles of facial expression lie in the face's superficial soft tissue: each is a sheet
 * outlined as a textbook's plate draws it from the front and laid 2.5-5.5 mm under the skin
 * (`skin` is the skin's distance function, so they follow the face wherever it is built). Written
 * for the left side (x, y in mm, +x left, +y up); `sided` mirrors.
 */

/** The globe, 24 mm across, with the cornea's bulge in front, in the middle of the orbit. */
export function eye(s: 1 | -1): Shape {
  const o = lm('orbitale-left');
  const c = sided([o[0] - 2, o[1] + 15, o[2] - 7], s);
  return union([sphere(c, 12), sphere([c[0], c[1], c[2] + 5.5], 7.8)], 1);
}

/** The stomion, where the lips meet, mm up: the lips' front is farthest forward about it. */
const STOMION_Y = lm('prosthion')[1] - 8;

/** Mean grid step of the sheets, mm: fine enough that the face's curvature reads as smooth. */
const STEP_MM = 2;

/**
 * A sheet between two borders, each from origin to insertion through three points (a parabola,
 * so a border may bow), on the left side or mirrored to the right.
 */
function between(
  skin: Shape,
  s: 1 | -1,
  a: readonly [FacePoint, FacePoint, FacePoint],
  b: readonly [FacePoint, FacePoint, FacePoint],
  depths: readonly [number, number],
  half: number,
): Sheet {
  const at = (p: readonly [FacePoint, FacePoint, FacePoint], v: number): FacePoint => {
    // The parabola through the three points at v = 0, 1/2 and 1.
    const w = [(1 - v) * (1 - 2 * v), 4 * v * (1 - v), v * (2 * v - 1)] as const;
    return [0, 1].map((k) => w[0] * p[0][k]! + w[1] * p[1][k]! + w[2] * p[2][k]!) as unknown as FacePoint;
  };
  const span = (p: FacePoint, q: FacePoint): number => Math.hypot(p[0] - q[0], p[1] - q[1]);
  const wide = Math.max(span(a[0], b[0]), span(a[1], b[1]), span(a[2], b[2]));
  const long = Math.max(span(a[0], a[1]) + span(a[1], a[2]), span(b[0], b[1]) + span(b[1], b[2]));
  const n = Math.max(4, Math.round(wide / STEP_MM) + 1);
  const m = Math.max(4, Math.round(long / STEP_MM) + 1);
  const outline = (u: number, v: number): FacePoint => {
    const p = at(a, v);
    const q = at(b, v);
    return [s * (p[0] + (q[0] - p[0]) * u), p[1] + (q[1] - p[1]) * u];
  };
  return faceSheet(skin.f, outline, n, m, (v) => depths[0] + (depths[1] - depths[0]) * v, half);
}

/**
 * The sphincter of the lips: an elliptical ring from the oral fissure out to the modioli, up to
 * the nose and down to the mentolabial sulcus, deepest (in the middle of the lips) at its inner edge.
 */
export function orbicularisOris(skin: Shape): Sheet {
  const ellipse = (a: number, up: number, down: number, u: number): FacePoint => {
    const t = 2 * Math.PI * u;
    return [a * Math.cos(t), STOMION_Y + (Math.sin(t) > 0 ? up : down) * Math.sin(t)];
  };
  const outline = (u: number, v: number): FacePoint => {
    const p = ellipse(20, 2.5, 2.5, u);
    const q = ellipse(30, 19, 17, u);
    return [p[0] + (q[0] - p[0]) * v, p[1] + (q[1] - p[1]) * v];
  };
  return faceSheet(skin.f, outline, 64, 8, (v) => 5.5 - 1.5 * v, 1.4, true);
}

/** A quadrilateral from the infraorbital margin down, lateral to the ala, into the upper lip. */
export const levatorLabiiSuperioris = (skin: Shape, s: 1 | -1): Sheet =>
  between(
    skin,
    s,
    [
      [15, 0],
      [18.5, -20],
      [11, -40],
    ],
    [
      [33, -5],
      [31, -21],
      [25, -40],
    ],
    [4.5, 3.5],
    1.2,
  );

/** A triangle from the mandible's oblique line, over its lower border, up to the modiolus. */
export const depressorAnguliOris = (skin: Shape, s: 1 | -1): Sheet =>
  between(
    skin,
    s,
    [
      [20, -90],
      [23, -73],
      [26, -58],
    ],
    [
      [42, -83],
      [35, -70],
      [30, -57],
    ],
    [4, 3.5],
    1.2,
  );

/** A thin fan from the fascia over the parotid and masseter forward to the modiolus. */
export const risorius = (skin: Shape, s: 1 | -1): Sheet =>
  between(
    skin,
    s,
    [
      [56, -42],
      [42, -49],
      [29, -52.5],
    ],
    [
      [55, -58],
      [42, -58],
      [29, -56.5],
    ],
    [3.5, 4],
    0.8,
  );

/**
 * Transverse part: from the maxilla in the alar groove up over the side of the nose to the
 * aponeurosis on its dorsum, where it meets its fellow. Its origin lies on the bone, 4 mm under the
 * skin, rising to 2.5 mm over the dorsum: laid 2.5 mm down all along, its flat triangles
 * spanned the groove's sharp hollow, whose skin is meshed a little inside the skin's field, and
 * came up to 0.75 mm out through it beside the ala (their corners all under it).
 */
export const nasalis = (skin: Shape, s: 1 | -1): Sheet =>
  between(
    skin,
    s,
    [
      [15, -16],
      [9, -7],
      [1, -3],
    ],
    [
      [18, -24],
      [11, -15],
      [1, -11],
    ],
    [4, 2.5],
    0.8,
  );

/**
 * How deep under the skin the nasal cartilages begin, mm: the soft tissue over the nose's
 * cartilaginous part is about 2-4 mm thick, and the nasalis lies in it (2.5 mm down, 0.8 either
 * side), so they start just under it.
 */
const NASAL_CARTILAGE_DEPTH_MM = 3.8;

/**
 * How far above the tip's height the cartilages reach up the dorsum, mm: the upper lateral
 * cartilages tuck under the nasal bones' lower border; above it the dorsum is bone.
 */
const CARTILAGE_TOP_ABOVE_TIP_MM = 22;

/**
 * The septal, lateral and alar cartilages that shape the nose below its bones, drawn as one
 * solid: the external nose a little under its skin, from the nasal bones' lower border to the
 * tip, the alae and the columella, carved off the bones when fitted. Without it the nasalis
 * stood on nothing in front of the piriform aperture.
 */
export function nasalCartilages(): Shape {
  const { n, tip } = noseFrame();
  const top = tip[1] + CARTILAGE_TOP_ABOVE_TIP_MM;
  const below = box([0, top - 50, n[2]], [40, 50, 60]);
  return intersect(offset(externalNose(), -NASAL_CARTILAGE_DEPTH_MM), below, 6);
}
