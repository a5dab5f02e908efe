import { landmarks, type LandmarkName } from '../../src/mapping/landmarks';
import { pointMToMm } from '../../src/mapping/units';
import type { Vec3 } from '../../src/mapping/vec';

/** A landmark of src/mapping in millimetres, model axes (+X left, +Y up, +Z anterior). */
export function lm(name: LandmarkName): Vec3 {
  return pointMToMm(landmarks[name]);
}

/** A paired landmark on one side: side 1 = left (+X), -1 = right. */
export function lmSide(name: string, side: 1 | -1): Vec3 {
  return lm(`${name}-${side === 1 ? 'left' : 'right'}` as LandmarkName);
}

/** A point written for the left side, placed on `side`. */
export const sided = (p: Vec3, side: 1 | -1): Vec3 => [p[0] * side, p[1], p[2]];
