import { Vector3 } from 'three';
import {
  boneTransforms,
  interpolatePoses,
  jointOrigins,
  NEUTRAL,
  stretchById,
  stretchPose,
  type Bone,
} from '../movement';
import type { Side } from '../mapping';
import { findRig, poseModel } from './pose-skin';
import type { PreparedModel } from './prepare-model';

/** What the end-to-end tests may ask about the pose the scene draws (part of `window.__viewerTest`). */
export interface PoseTestHook {
  /**
   * Where the scene's joint for `bone` carries a rest point (model space, metres): the joint's
   * world matrix after its inverse bind (the translation by minus its rest origin). Null when the
   * model has no such joint.
   */
  carriedByJoint(bone: string, rest: readonly [number, number, number]): [number, number, number] | null;
  /** How many posed twins the scene holds (skinned in the shader or on the CPU): none while the head is at rest. */
  posedTwins(): number;
  /**
   * Poses the head `fraction` of the way into a stretch's end position, as a playing
   * demonstration's frame does, and returns the ms it took (skinning on the CPU included, where
   * it is done there); the next drawn frame shows it. For `npm run bench`.
   */
  poseAlongStretch(stretchId: string, side: Side, fraction: number): number;
}

const REST = boneTransforms(NEUTRAL);

export function poseTestHook(model: PreparedModel): PoseTestHook {
  const rig = findRig(model.root);
  return {
    carriedByJoint(bone, rest) {
      const joint = rig?.joints.get(bone as Bone);
      const origin = jointOrigins[bone as Bone];
      if (!joint || !origin) return null;
      joint.updateWorldMatrix(true, false);
      const p = new Vector3(rest[0] - origin[0], rest[1] - origin[1], rest[2] - origin[2]).applyMatrix4(
        joint.matrixWorld,
      );
      return [p.x, p.y, p.z];
    },
    posedTwins() {
      let n = 0;
      model.root.traverse((o) => {
        if (o.userData.posedTwin === true) n++;
      });
      return n;
    },
    poseAlongStretch(stretchId, side, fraction) {
      const stretch = stretchById(stretchId);
      if (!rig || !stretch) return NaN;
      const t0 = performance.now();
      const pose = interpolatePoses(NEUTRAL, stretchPose(stretch, side), fraction);
      poseModel(rig, model.root, boneTransforms(pose), REST);
      return performance.now() - t0;
    },
  };
}
