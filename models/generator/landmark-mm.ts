import { landmarks, type LandmarkName } from '../../src/mapping/landmarks';
import type { V3 } from './sdf';

/** A landmark of src/mapping in millimetres, model axes (+X left, +Y up, +Z anterior). */
export function lm(name: LandmarkName): V3 {
  const p = landmarks[name];
  return [p[0] * 1000, p[1] * 1000, p[2] * 1000];
}

/** A paired landmark on one side: side 1 = left (+X), -1 = right. */
export function lmSide(name: string, side: 1 | -1): V3 {
  return lm(`${name}-${side === 1 ? 'left' : 'right'}` as LandmarkName);
}

/** A point written for the left side, placed on `side`. */
export const sided = (p: V3, side: 1 | -1): V3 => [p[0] * side, p[1], p[2]];
