import { useMemo } from 'react';
import type { Vec3 } from '../mapping';
import { boneTransforms, type BoneTransforms, type Pose } from '../movement';
import type { Mesh } from 'three';
import { demoPose, useViewer, type StretchDemo } from '../state';
import { carriedBy, placeCarried } from './posed-points';

/** Each bone's transform in a pose; null for the rest pose, which the plain meshes draw. */
export function poseTransforms(pose: Pose): BoneTransforms | null {
  return Object.keys(pose).length === 0 ? null : boneTransforms(pose);
}

/** The same for what a demonstration shows (none shown: null). */
export const demoTransforms = (demo: StretchDemo | null): BoneTransforms | null => poseTransforms(demoPose(demo));

/** Each bone's transform in the pose the store shows; null while the head is at rest. */
export function usePoseTransforms(): BoneTransforms | null {
  const demo = useViewer((s) => s.stretch);
  return useMemo(() => demoTransforms(demo), [demo]);
}

/**
 * Where points on the head (at rest) lie in the shown pose: each carried as the tissue of `meshes`
 * it lies in is (`posed-points.ts`): a trigger point by its muscle, a pain point by the skin. The
 * same array while the head is at rest.
 */
export function usePosedPoints(meshes: readonly Mesh[], rest: readonly Vec3[]): readonly Vec3[] {
  const transforms = usePoseTransforms();
  // Found once per set of points, and only once the head is first posed: at rest none is needed.
  const posing = transforms !== null;
  const carried = useMemo(() => (posing ? rest.map((p) => carriedBy(meshes, p)) : []), [posing, meshes, rest]);
  return useMemo(
    () => (transforms ? rest.map((p, i) => (carried[i] ? placeCarried(carried[i], transforms) : p)) : rest),
    [transforms, carried, rest],
  );
}
