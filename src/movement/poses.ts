import type { Side } from '../mapping';
import { spinalSegments, type SegmentMotion, type SpinalSegment } from './joints';
import { buildPose, clampPose, mirrorPose, NEUTRAL, valueOf, type Pose } from './pose';
import { rangeOf } from './ranges';

/**
 * Named poses, each written as fractions of the ranges of `ranges.ts`, so corrected ranges move
 * them too. The whole neck's motions are spread over the segments by their shares.
 */

/** The upper cervical joints, which nod the head on the neck; the rest are the lower neck. */
export const upperNeck: readonly SpinalSegment[] = ['occiput-c1', 'c1-c2'];
export const lowerNeck: readonly SpinalSegment[] = spinalSegments.filter((s) => !upperNeck.includes(s));

/**
 * A neck motion at `fraction` of its range in every segment of `segments` (all by default): 1 is
 * full flexion, side-bend or rotation to the left; -1 full extension, or full to the right.
 */
export function neckMotion(
  motion: SegmentMotion,
  fraction: number,
  segments = spinalSegments as readonly SpinalSegment[],
): Pose {
  return buildPose((joint, m) => {
    if (m !== motion || !segments.includes(joint as SpinalSegment)) return 0;
    const { min, max } = rangeOf(joint, m);
    return fraction >= 0 ? fraction * max : -fraction * min;
  });
}

/** A girdle motion at `fraction` of its range (1 full elevation or protraction, -1 full depression or retraction). */
export function girdleMotion(motion: 'elevation' | 'protraction', fraction: number, sides: readonly Side[]): Pose {
  return buildPose((joint, m) => {
    if (m !== motion || !sides.some((s) => joint === `shoulder-girdle-${s}`)) return 0;
    const { min, max } = rangeOf(joint, m);
    return fraction >= 0 ? fraction * max : -fraction * min;
  });
}

/** A jaw position, each motion a fraction of its range (lateral shift + to the left). */
export function jawMotion(fractions: { opening?: number; glide?: number; lateralShift?: number }): Pose {
  return buildPose((joint, m) => {
    if (joint !== 'temporomandibular') return 0;
    const f = fractions[m as keyof typeof fractions] ?? 0;
    const { min, max } = rangeOf(joint, m);
    return f >= 0 ? f * max : -f * min;
  });
}

/** The sum of neck, girdle and jaw parts, held within range. */
export function compose(...parts: readonly Pose[]): Pose {
  return clampPose(buildPose((joint, m) => parts.reduce((sum, p) => sum + valueOf(p, joint, m), 0)));
}

/**
 * Forward head posture: the lower neck (C3 to T1) flexed, the upper neck (occiput to C3) extended
 * so the eyes stay about level, the head carried forward of the trunk and the craniovertebral
 * angle falling. The model's trunk stays still and its rest posture is upright (an angle of about
 * 60 degrees), so the neck alone carries the posture, near the ends of its ranges.
 */
const headOnNeck: readonly SpinalSegment[] = ['occiput-c1', 'c1-c2', 'c2-c3'];
const forwardHead = compose(
  neckMotion(
    'flexion',
    0.9,
    spinalSegments.filter((s) => !headOnNeck.includes(s)),
  ),
  neckMotion('flexion', -1, headOnNeck),
);

/** The mouth open about 45 mm between the incisors, a little short of its full range. */
const mouthOpen = jawMotion({ opening: 0.8, glide: 0.6 });

export const namedPoses = {
  neutral: NEUTRAL,
  flexion: neckMotion('flexion', 1),
  extension: neckMotion('flexion', -1),
  'rotation-left': neckMotion('rotation', 1),
  'rotation-right': neckMotion('rotation', -1),
  'side-bend-left': neckMotion('sideBend', 1),
  'side-bend-right': neckMotion('sideBend', -1),
  'chin-tuck': neckMotion('flexion', 1, upperNeck),
  'forward-head-posture': forwardHead,
  'mouth-open': mouthOpen,
  'jaw-protrusion': jawMotion({ opening: 0.03, glide: 0.55 }),
  'jaw-side-shift-left': jawMotion({ opening: 0.05, lateralShift: 0.8 }),
  'jaw-side-shift-right': mirrorPose(jawMotion({ opening: 0.05, lateralShift: 0.8 })),
  'shoulder-depression': girdleMotion('elevation', -1, ['left', 'right']),
  'shoulder-retraction': girdleMotion('protraction', -1, ['left', 'right']),
} as const satisfies Record<string, Pose>;

export type NamedPose = keyof typeof namedPoses;
export const namedPoseIds = Object.keys(namedPoses) as NamedPose[];
