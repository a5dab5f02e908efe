import { degToRad, landmarks, mmToM, type Side, type Vec3 } from '../mapping';
import {
  IDENTITY_TRANSFORM,
  applyTransform,
  composeTransforms,
  cross,
  dot,
  normalize,
  sub,
  rotationAbout,
  scale,
  translation,
  type Quat,
  type RigidTransform,
} from '../mapping/vec';
import { bones, type Bone } from './bones';
import { hyoid } from './hyoid';
import { girdles, jaw, segmentJoints, spinalSegments, type SegmentJoint, type SegmentMotion } from './joints';
import { LOWER_INCISAL_EDGE, midlinePoint } from './measure-points';
import { valueOf, type Pose } from './pose';

/**
 * Forward kinematics: where each bone is in a pose, as the rigid transform that carries its rest
 * position there. Transforms compose down the chain from the still thorax: thorax -> C7 -> ... ->
 * C1 -> skull -> mandible, and thorax -> each shoulder girdle; the hyoid rides C3 and the skull
 * (`hyoid.ts`). Each joint's own transform is
 * written in the rest frame (a turn about its rest centre), so the chain is the product of the
 * joint transforms from the root, the same bind-relative form a glTF skin takes.
 */
export type BoneTransforms = Readonly<Record<Bone, RigidTransform>>;

const WHOLE: Readonly<Record<SegmentMotion, number>> = { flexion: 1, sideBend: 1, rotation: 1 };

/**
 * A segment's flexion, then side-bend, then rotation, each about its rest axis through its centre;
 * `share` of each angle of the pose (the hyoid rides a share of the segments above C3).
 */
function segmentTransform(
  joint: SegmentJoint,
  pose: Pose,
  share: Readonly<Record<SegmentMotion, number>> = WHOLE,
): RigidTransform {
  const turn = (motion: SegmentMotion) =>
    rotationAbout(joint.axes[motion], share[motion] * degToRad(valueOf(pose, joint.id, motion)), joint.centre);
  return composeTransforms(turn('rotation'), composeTransforms(turn('sideBend'), turn('flexion')));
}

/**
 * The angle of a turn about `axis` through `pivot` that carries the lower incisors `shiftM`
 * sideways: their sideways movement is A sin(a) + B (1 - cos(a)), solved for a (signed toward the
 * shift, so the small root is the one taken for either side).
 */
function sidewaysTurn(axis: Vec3, pivot: Vec3, shiftM: number): number {
  const toward = Math.sign(shiftM) || 1;
  const lever = sub(midlinePoint(LOWER_INCISAL_EDGE), pivot);
  const a = toward * cross(axis, lever)[0];
  const b = toward * (axis[0] * dot(axis, lever) - lever[0]);
  const r = Math.hypot(a, b);
  return Math.atan2(b, a) + Math.asin(Math.max(-1, Math.min(1, (Math.abs(shiftM) - b) / r)));
}

/**
 * The mandible: the chin shifts sideways by turning about the condyle on that side while the other
 * one swings forward and down its articular eminence (so that side's ramus and coronoid process
 * drop as they come forward, under the zygomatic arch rather than into it); the mouth opens by
 * turning about both condyles, and both condyles glide forward and down the eminence. The side
 * shift's turn is sized so the incisors move the given millimetres.
 */
function jawTransform(pose: Pose): RigidTransform {
  const shiftMm = valueOf(pose, 'temporomandibular', 'lateralShift');
  const working: Side = shiftMm >= 0 ? 'left' : 'right';
  const pivot = jaw.condyles[working];
  const orbiting = jaw.condyles[working === 'left' ? 'right' : 'left'];
  // The axis square to the line between the condyles and to the eminence's slope: a turn about it
  // carries the orbiting condyle along the glide's direction.
  const axis = normalize(cross(sub(orbiting, pivot), jaw.glide));
  const shift = rotationAbout(axis, sidewaysTurn(axis, pivot, mmToM(shiftMm)), pivot);
  const opening = rotationAbout(jaw.axes.opening, degToRad(valueOf(pose, 'temporomandibular', 'opening')), jaw.centre);
  const glide = translation(scale(jaw.glide, mmToM(valueOf(pose, 'temporomandibular', 'glide'))));
  return composeTransforms(glide, composeTransforms(opening, shift));
}

/**
 * The hyoid: C3's transform, then a share of each motion of the segments above it, then a share
 * of the chin's travel with the jaw, whose own transform (over the skull) is `jawOwn` (`hyoid.ts`).
 */
function hyoidTransform(c3: RigidTransform, jawOwn: RigidTransform, pose: Pose): RigidTransform {
  const riding = hyoid.above.reduce(
    (t, id) => composeTransforms(t, segmentTransform(segmentJoints[id], pose, hyoid.headShare)),
    c3,
  );
  const chin = sub(applyTransform(jawOwn, landmarks.menton), landmarks.menton);
  const [across, down, back] = hyoid.followsChin;
  return composeTransforms(
    riding,
    composeTransforms(
      translation([chin[0] * across, chin[1] * down, chin[2] * back]),
      partOfTurn(jawOwn.rotation, hyoid.tiltsWithJaw, hyoid.centre),
    ),
  );
}

/** `share` of the turn `q` (about its own axis, the shorter way round), about `centre`. */
function partOfTurn([x, y, z, w]: Quat, share: number, centre: Vec3): RigidTransform {
  const half = Math.acos(Math.min(1, Math.abs(w)));
  // The axis need not be unit length; its sign goes the shorter way.
  return half > 1e-9
    ? rotationAbout(scale([x, y, z], Math.sign(w || 1)), 2 * share * half, centre)
    : IDENTITY_TRANSFORM;
}

function girdleTransform(side: Side, pose: Pose): RigidTransform {
  const g = girdles[side];
  const elevation = rotationAbout(g.axes.elevation, degToRad(valueOf(pose, g.id, 'elevation')), g.centre);
  const protraction = rotationAbout(g.axes.protraction, degToRad(valueOf(pose, g.id, 'protraction')), g.centre);
  return composeTransforms(protraction, elevation);
}

/** Every bone's transform in a pose. */
export function boneTransforms(pose: Pose): BoneTransforms {
  const out: Partial<Record<Bone, RigidTransform>> = { thorax: IDENTITY_TRANSFORM };
  // From C7-T1 up to the occiput: each segment moves its upper bone with everything below it.
  for (const id of [...spinalSegments].reverse()) {
    const joint = segmentJoints[id];
    out[joint.child] = composeTransforms(out[joint.parent]!, segmentTransform(joint, pose));
  }
  const jawOwn = jawTransform(pose);
  out.mandible = composeTransforms(out.skull!, jawOwn);
  out['shoulder-girdle-left'] = girdleTransform('left', pose);
  out['shoulder-girdle-right'] = girdleTransform('right', pose);
  out.hyoid = hyoidTransform(out.c3!, jawOwn, pose);
  for (const bone of bones) if (!out[bone]) throw new Error(`No transform for ${bone}`);
  return out as BoneTransforms;
}

/** Where a rest point carried by `bone` lies in the pose. */
export const posedPoint = (transforms: BoneTransforms, bone: Bone, rest: Vec3): Vec3 =>
  applyTransform(transforms[bone], rest);
