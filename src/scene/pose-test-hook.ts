import { SkinnedMesh, Vector3 } from 'three';
import { jointOrigins, type Bone } from '../movement';
import { findRig } from './pose-skin';
import type { PreparedModel } from './prepare-model';

/** What the end-to-end tests may ask about the pose the scene draws (part of `window.__viewerTest`). */
export interface PoseTestHook {
  /**
   * Where the scene's joint for `bone` carries a rest point (model space, metres): the joint's
   * world matrix after its inverse bind (the translation by minus its rest origin). Null when the
   * model has no such joint.
   */
  carriedByJoint(bone: string, rest: readonly [number, number, number]): [number, number, number] | null;
  /** How many skinned meshes the scene holds: none while the head is at rest. */
  skinnedMeshes(): number;
}

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
    skinnedMeshes() {
      let n = 0;
      model.root.traverse((o) => {
        if (o instanceof SkinnedMesh) n++;
      });
      return n;
    },
  };
}
