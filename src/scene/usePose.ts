import { useMemo } from 'react';
import type { Vec3 } from '../mapping';
import { boneTransforms, type BoneTransforms, type Pose } from '../movement';
import type { Mesh } from 'three';
import { shownPose, useViewer, type ViewerState } from '../state';
import { carriedBy, placeCarried } from './posed-points';

/** Each bone's transform in a pose; null for the rest pose, which the plain meshes draw. */
export function poseTransforms(pose: Pose): BoneTransforms | null {
  return Object.keys(pose).length === 0 ? null : boneTransforms(pose);
}

type Shown = Pick<ViewerState, 'stretch' | 'exercise' | 'posture'>;

/** The same for what the store shows (a stretch, an exercise or the posture view: `shownPose`). */
export const shownTransforms = (s: Shown): BoneTransforms | null => poseTransforms(shownPose(s));

/** Each bone's transform in the pose the store shows; null while the head is at rest. */
export function usePoseTransforms(): BoneTransforms | null {
  const stretch = useViewer((s) => s.stretch);
  const exercise = useViewer((s) => s.exercise);
  const posture = useViewer((s) => s.posture);
  return useMemo(() => shownTransforms({ stretch, exercise, posture }), [stretch, exercise, posture]);
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
