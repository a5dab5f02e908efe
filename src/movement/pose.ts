import { girdleMotions, jawMotions, jointIds, segmentMotions, type JointId, type MotionOf } from './joints';
import { rangeOf } from './ranges';

/**
 * A pose: the angles (and the jaw's glides) of the joints, each from the rest pose of the model,
 * signed as `joints.ts` says. A joint or motion left out stays at rest. Plain data, so a pose can
 * be named, stored in a link or interpolated.
 */
export type Pose = { readonly [J in JointId]?: { readonly [M in MotionOf<J>]?: number } };

export const NEUTRAL: Pose = {};

/** The motions a joint has. */
export function motionsOf<J extends JointId>(joint: J): readonly MotionOf<J>[] {
  const list: readonly string[] =
    joint === 'temporomandibular' ? jawMotions : joint.startsWith('shoulder-girdle') ? girdleMotions : segmentMotions;
  return list as readonly MotionOf<J>[];
}

/** A motion's value in a pose, 0 where the pose leaves it out. */
export function valueOf<J extends JointId>(pose: Pose, joint: J, motion: MotionOf<J>): number {
  const values = pose[joint] as Partial<Record<MotionOf<J>, number>> | undefined;
  return values?.[motion] ?? 0;
}

/** A pose built motion by motion; zeros are left out, so equal poses compare equal. */
export function buildPose(value: <J extends JointId>(joint: J, motion: MotionOf<J>) => number): Pose {
  const pose: Record<string, Record<string, number>> = {};
  for (const joint of jointIds) {
    for (const motion of motionsOf(joint)) {
      const v = value(joint, motion);
      if (v !== 0) (pose[joint] ??= {})[motion] = v;
    }
  }
  return pose as Pose;
}

/** Every value outside its joint's range, as `joint.motion`. */
export function rangeViolations(pose: Pose): string[] {
  const out: string[] = [];
  for (const joint of jointIds) {
    for (const motion of motionsOf(joint)) {
      const v = valueOf(pose, joint, motion);
      const { min, max } = rangeOf(joint, motion);
      if (!(v >= min && v <= max)) out.push(`${joint}.${motion}`);
    }
  }
  return out;
}

export const isWithinRange = (pose: Pose): boolean => rangeViolations(pose).length === 0;

/** The pose with every value held within its range: a pose never goes past what a joint can do. */
export function clampPose(pose: Pose): Pose {
  return buildPose((joint, motion) => {
    const { min, max } = rangeOf(joint, motion);
    return Math.min(max, Math.max(min, valueOf(pose, joint, motion)));
  });
}

/** The pose `t` of the way from `a` to `b` (0 gives `a`, 1 gives `b`), value by value. */
export function interpolatePoses(a: Pose, b: Pose, t: number): Pose {
  return buildPose((joint, motion) => {
    const [from, to] = [valueOf(a, joint, motion), valueOf(b, joint, motion)];
    // Weighted so that t = 0 and t = 1 give the two poses exactly; held between them, because the
    // rounding of the weighted sum can step a hair past a pose at the end of its range.
    const v = from * (1 - t) + to * t;
    return Math.min(Math.max(v, Math.min(from, to)), Math.max(from, to));
  });
}

/** Motions whose sign flips in the mirror image: those toward one side. */
const lateral = new Set<string>(['sideBend', 'rotation', 'lateralShift']);
const mirrorJoint = (joint: JointId): JointId =>
  joint === 'shoulder-girdle-left'
    ? 'shoulder-girdle-right'
    : joint === 'shoulder-girdle-right'
      ? 'shoulder-girdle-left'
      : joint;

/** The mirror image of a pose: left and right swapped, so a stretch for the left serves the right. */
export function mirrorPose(pose: Pose): Pose {
  return buildPose((joint, motion) => {
    const v = valueOf(pose, mirrorJoint(joint), motion as never);
    return lateral.has(motion) ? -v : v;
  });
}
