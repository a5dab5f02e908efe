import { landmarks, mToMm, radToDeg, type SourceId, type Vec3 } from '../mapping';
import { distance, lerp } from '../mapping/vec';
import { boneTransforms, posedPoint } from './kinematics';
import { LOWER_INCISAL_EDGE, UPPER_INCISAL_EDGE, midlinePoint, tragus } from './measure-points';
import type { Pose } from './pose';

/* The clinical measures of a pose, taken on the posed model as a clinician takes them on a patient. */

/**
 * The craniovertebral angle, degrees: at the C7 spinous tip, between the horizontal and the line
 * to the tragus, seen from the side (the midpoint of the two tragi). It falls as the head comes
 * forward; it has been found smaller in cervical headache and in tension-type headache.
 */
export function craniovertebralAngle(pose: Pose): number {
  const t = boneTransforms(pose);
  const c7 = posedPoint(t, 'c7', landmarks.cervicale);
  const ear = lerp(posedPoint(t, 'skull', tragus('left')), posedPoint(t, 'skull', tragus('right')), 0.5);
  return radToDeg(Math.atan2(ear[1] - c7[1], ear[2] - c7[2]));
}
export const CRANIOVERTEBRAL_ANGLE_SOURCES: readonly SourceId[] = ['WT-1993', 'FdlP-H2006'];

/** The distance between the upper and lower incisal edges, mm: how far the mouth opens. */
export function interincisalDistance(pose: Pose): number {
  const t = boneTransforms(pose);
  const upper = posedPoint(t, 'skull', midlinePoint(UPPER_INCISAL_EDGE));
  const lower = posedPoint(t, 'mandible', midlinePoint(LOWER_INCISAL_EDGE));
  return mToMm(distance(upper, lower));
}

/**
 * How far the Frankfort plane tilts from level in a pose, degrees, + when the face tips down:
 * whether the eyes still look ahead (in forward head posture the upper neck extends to keep them
 * level while the lower neck flexes).
 */
export function frankfortTilt(pose: Pose): number {
  const t = boneTransforms(pose);
  const at = (p: Vec3) => posedPoint(t, 'skull', p);
  const back = lerp(at(landmarks['porion-left']), at(landmarks['porion-right']), 0.5);
  const front = lerp(at(landmarks['orbitale-left']), at(landmarks['orbitale-right']), 0.5);
  return radToDeg(Math.atan2(back[1] - front[1], Math.hypot(front[0] - back[0], front[2] - back[2])));
}
