/**
 * The neck that moves: joints, ranges of motion, poses, forward kinematics, muscle lengths,
 * stretches, exercises and posture. Pure TypeScript over the mapping, like it free of React,
 * three.js and the DOM.
 */
export { bones, cervicalVertebrae, shoulderGirdle } from './bones';
export type { Bone, CervicalVertebra, ShoulderGirdle } from './bones';
export { attachmentBones } from './attachment-bones';
export type { Carrier } from './attachment-bones';
export {
  joints,
  jointIds,
  spinalSegments,
  segmentJoints,
  jaw,
  girdles,
  segmentMotions,
  jawMotions,
  girdleMotions,
} from './joints';
export type {
  Joint,
  JointId,
  SpinalSegment,
  SegmentJoint,
  JawJoint,
  GirdleJoint,
  MotionOf,
  SegmentMotion,
  JawMotion,
  GirdleMotion,
} from './joints';
export {
  NECK_RANGE,
  NECK_RANGE_SOURCES,
  SEGMENTAL_SOURCES,
  GIRDLE_RANGE,
  GIRDLE_RANGE_SOURCES,
  JAW_RANGE,
  JAW_RANGE_SOURCES,
  rangeOf,
  segmentShare,
} from './ranges';
export type { Range } from './ranges';
export {
  NEUTRAL,
  clampPose,
  interpolatePoses,
  isWithinRange,
  mirrorPose,
  motionsOf,
  rangeViolations,
  valueOf,
} from './pose';
export type { Pose } from './pose';
export { namedPoses, namedPoseIds, neckMotion, girdleMotion, jawMotion, compose, upperNeck, lowerNeck } from './poses';
export type { NamedPose } from './poses';
export { distinctPoses, posesAtFullRange } from './poses-shown';
export { boneTransforms, posedPoint } from './kinematics';
export { jointLocalTransforms, jointOrigins, skeletonParent } from './skeleton';
export type { BoneTransforms } from './kinematics';
export { craniovertebralAngle, CRANIOVERTEBRAL_ANGLE_SOURCES, interincisalDistance, frankfortTilt } from './measures';
export { fibrePaths, lengthPercent, lengthsInPose, muscleLength, restFibre, restLength } from './muscle-length';
export type { CarriedPoint, MuscleLength } from './muscle-length';
export { stretches, stretchById, stretchFor, stretchPose } from './stretches';
export type { Stretch } from './stretches';
export { stretchesNotShown } from './stretches-not-shown';
export type { StretchNotShown } from './stretches-not-shown';
export { exercises, exerciseFor } from './exercises';
export type { Exercise } from './exercises';
export { postures, postureIds, POSTURE_ADVICE, POSTURE_SOURCES } from './posture';
export type { PostureId } from './posture';
export { comparePostures } from './posture-comparison';
export { lengthChanges, LENGTH_CHANGE_PERCENT } from './length-changes';
export type { LengthChange, LengthChanges } from './length-changes';
export type { PostureComparison } from './posture-comparison';
export {
  DEMONSTRATION,
  DEMONSTRATION_MS,
  END_POSITION_MS,
  demonstrationFraction,
  demonstrationPhase,
  demonstrationPose,
} from './demonstration';
export type { DemonstrationPhase } from './demonstration';
export { SEQUENCE, positionKind, positionMs, sequenceMoment, sequenceMs, sequencePose } from './sequence';
export type { PositionKind, SequenceMoment } from './sequence';
