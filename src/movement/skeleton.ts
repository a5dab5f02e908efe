import type { Vec3 } from '../mapping';
import { composeTransforms, invertTransform, translation, type RigidTransform } from '../mapping/vec';
import { bones, type Bone } from './bones';
import { hyoid } from './hyoid';
import { girdles, jaw, segmentJoints, spinalSegments } from './joints';
import type { BoneTransforms } from './kinematics';
import { vertebralBody } from './spine';

/**
 * The skeleton a skinned model carries (`joint:<bone>` nodes, `src/model-contract/joints.ts`):
 * one joint per rigid body, placed at the centre of the joint that turns that body (the thorax at
 * the centre of T1's body), unrotated at rest, each hanging from the body below it in the chain.
 * Its inverse bind matrix is the translation by minus that centre, so at rest every joint's
 * skinning matrix is the identity and the skinned model is the model at rest.
 *
 * A pose moves body B by the rigid transform T_B of `boneTransforms`; its joint's world matrix is
 * then W_B = T_B · translate(c_B), so W_B · inverseBind_B = T_B: every vertex weighted wholly to B
 * moves exactly as `posedPoint` says. A glTF joint stores its matrix relative to its parent P, so
 * the local matrix is W_P^-1 · W_B (for the thorax, whose parent is the model's root, W_thorax).
 */

/** The body each body hangs from in the chain (null for the still thorax). */
export const skeletonParent: Readonly<Record<Bone, Bone | null>> = {
  thorax: null,
  ...Object.fromEntries(spinalSegments.map((id) => [segmentJoints[id].child, segmentJoints[id].parent])),
  mandible: jaw.parent,
  'shoulder-girdle-left': girdles.left.parent,
  'shoulder-girdle-right': girdles.right.parent,
  hyoid: hyoid.parent,
} as Record<Bone, Bone | null>;

/** Where each body's joint sits at rest (metres, model space). */
export const jointOrigins: Readonly<Record<Bone, Vec3>> = {
  thorax: vertebralBody('t1'),
  ...Object.fromEntries(spinalSegments.map((id) => [segmentJoints[id].child, segmentJoints[id].centre])),
  mandible: jaw.centre,
  'shoulder-girdle-left': girdles.left.centre,
  'shoulder-girdle-right': girdles.right.centre,
  hyoid: hyoid.centre,
} as Record<Bone, Vec3>;

/** A joint's world transform in a pose: W_B = T_B · translate(c_B). */
const jointWorld = (transforms: BoneTransforms, bone: Bone): RigidTransform =>
  composeTransforms(transforms[bone], translation(jointOrigins[bone]));

/** Each joint's transform relative to its parent joint in a pose (for the thorax, to the model's root). */
export function jointLocalTransforms(transforms: BoneTransforms): Readonly<Record<Bone, RigidTransform>> {
  return Object.fromEntries(
    bones.map((bone) => {
      const parent = skeletonParent[bone];
      const world = jointWorld(transforms, bone);
      return [bone, parent ? composeTransforms(invertTransform(jointWorld(transforms, parent)), world) : world];
    }),
  ) as Record<Bone, RigidTransform>;
}
