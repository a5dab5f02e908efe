import { isLandmarkName, landmarks, sidedLandmarkName } from './landmarks';
import { lateralSign, otherSide } from './side';
import type { Anchor, Side, Vec3 } from './types';
import { mmToM } from './units';
import { lerp } from './vec';

export function landmarkFor(ref: string, side: Side): Vec3 {
  const name = sidedLandmarkName(ref, side);
  if (!isLandmarkName(name)) throw new Error(`Unknown landmark "${ref}"`);
  return landmarks[name];
}

/**
 * Where an anchor lies for a muscle on `side`, in model space. Lateral offsets point away
 * from the midline on that side, so left and right are exact mirror images.
 */
export function resolveAnchor(anchor: Anchor, side: Side): Vec3 {
  const landmarkSide = anchor.opposite ? otherSide(side) : side;
  const base = landmarkFor(anchor.landmark, landmarkSide);
  const p = anchor.toward ? lerp(base, landmarkFor(anchor.toward, landmarkSide), anchor.t ?? 0.5) : base;
  if (!anchor.offsetMm) return p;
  const [lateral, up, anterior] = anchor.offsetMm;
  const sign = lateralSign(landmarkSide);
  return [p[0] + mmToM(sign * lateral), p[1] + mmToM(up), p[2] + mmToM(anterior)];
}
