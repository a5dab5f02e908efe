import type { Side } from './side';
import type { Vec3 } from './vec';
import { pointMmToM } from './units';

/**
 * Craniometric landmarks of an average adult male skull (female about 0.95 of these), on the
 * bone surface. Written here in the anatomists' Frankfort frame, millimetres:
 *   x = subject's left, y = anterior, z = up, origin midway between the porions, FH plane z = 0,
 * and exported in the model frame (glTF): metres, +X left, +Y up, +Z anterior.
 * Values follow the reference's section C3 (derived estimates, about +-10 mm) and are fitted so
 * that the measured breadths, lengths and heights match sections C1/C2; see `tests/mapping`.
 */
const midlineMm = {
  nasion: [0, 93, 27],
  glabella: [0, 96, 40],
  metopion: [0, 83, 80],
  bregma: [0, 15, 117],
  vertex: [0, -10, 123],
  lambda: [0, -88, 70],
  opisthocranion: [0, -92, 40],
  inion: [0, -86, 15],
  opisthion: [0, -30, -12],
  basion: [0, 5, -18],
  prosthion: [0, 88, -45],
  infradentale: [0, 84, -64],
  gnathion: [0, 86, -90],
  menton: [0, 81, -93],
  /** Tip of the C7 spinous process (vertebra prominens). */
  cervicale: [0, -70, -117],
  /** Top of the manubrium between the clavicular notches. */
  'jugular-notch': [0, 38, -172],
  /** Front of the body of the hyoid. */
  hyoid: [0, 48, -100],
  /** Posterior tubercle of the atlas (C1), origin of rectus capitis posterior minor. */
  'atlas-posterior-tubercle': [0, -39, -33],
  /** Tip of the C2 spinous process, origin of rectus capitis posterior major and obliquus inferior. */
  'axis-spinous': [0, -46, -55],
  /** Tips of the T3 and T6 spinous processes (splenius origins). */
  't3-spinous': [0, -76, -174],
  't6-spinous': [0, -71, -222],
} as const satisfies Record<string, Vec3>;

/** Paired landmarks, given for the left side; the right side is the mirror image. */
const pairedLeftMm = {
  porion: [58, 0, 0],
  orbitale: [34, 76, 0],
  /** Midpoint of the upper orbital rim. */
  supraorbitale: [32, 86, 31],
  frontotemporale: [48, 72, 48],
  pterion: [57, 35, 30],
  euryon: [70, -15, 50],
  asterion: [51, -62, 8],
  mastoidale: [51, -10, -28],
  zygion: [66, 40, -5],
  /** Lateral pole of the mandibular condyle. */
  condylion: [57, 13, -8],
  gonion: [48, 8, -60],
  /** Lateral tip of the acromion. */
  acromion: [185, -25, -150],
  /** Tip of the transverse process of the atlas (C1). */
  'atlas-transverse': [41, -8, -34],
  /** Tips of the transverse processes of C4 and C6 (levator scapulae, scalenes). */
  'c4-transverse': [28, -10, -75],
  'c6-transverse': [30, -16, -101],
  /** Tip of the coronoid process of the mandible (temporalis insertion). */
  coronoid: [44, 36, -10],
  /** Tip of the styloid process. */
  styloid: [32, 12, -45],
  /** Superior angle of the scapula (levator scapulae insertion). */
  'superior-angle': [72, -68, -146],
  /** Medial end of the clavicle at the sternoclavicular joint. */
  sternoclavicular: [18, 32, -168],
  /** Scalene tubercle on the upper surface of the first rib (scalenus anterior insertion). */
  'scalene-tubercle': [50, 22, -151],
} as const satisfies Record<string, Vec3>;

export type MidlineLandmark = keyof typeof midlineMm;
export type PairedLandmark = keyof typeof pairedLeftMm;
export type LandmarkName = MidlineLandmark | `${PairedLandmark}-${Side}`;

export const midlineLandmarkNames = Object.keys(midlineMm) as MidlineLandmark[];
export const pairedLandmarkNames = Object.keys(pairedLeftMm) as PairedLandmark[];

/** Frankfort millimetres -> model metres: (x, y, z) mm -> (x, z, y) m. */
export function frankfortMmToModel([x, y, z]: Vec3): Vec3 {
  return pointMmToM([x, z, y]);
}

function buildLandmarks(): Readonly<Record<LandmarkName, Vec3>> {
  const out: Record<string, Vec3> = {};
  for (const name of midlineLandmarkNames) out[name] = frankfortMmToModel(midlineMm[name]);
  for (const name of pairedLandmarkNames) {
    const [x, y, z] = pairedLeftMm[name];
    out[`${name}-left`] = frankfortMmToModel([x, y, z]);
    out[`${name}-right`] = frankfortMmToModel([-x, y, z]);
  }
  return Object.freeze(out) as Readonly<Record<LandmarkName, Vec3>>;
}

/** Every landmark by name, in model space (metres). */
export const landmarks = buildLandmarks();

export function isLandmarkName(name: string): name is LandmarkName {
  return Object.prototype.hasOwnProperty.call(landmarks, name);
}

/** `porion` + left -> `porion-left`; midline names are returned unchanged. */
export function sidedLandmarkName(ref: string, side: Side): string {
  return (pairedLandmarkNames as readonly string[]).includes(ref) ? `${ref}-${side}` : ref;
}

/** For names from outside: a landmark written without its side, as anchors write it. */
export function isLandmarkRef(ref: string): ref is MidlineLandmark | PairedLandmark {
  return (
    (midlineLandmarkNames as readonly string[]).includes(ref) ||
    (pairedLandmarkNames as readonly string[]).includes(ref)
  );
}
