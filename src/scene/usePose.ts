import { useMemo } from 'react';
import type { Vec3 } from '../mapping';
import { boneTransforms, type BoneTransforms } from '../movement';
import { demoPose, useViewer, type MuscleSide } from '../state';
import { carriedBy, placeCarried } from './posed-points';
import { muscleKey, type PreparedModel } from './prepare-model';

/** Each bone's transform in the pose the store shows; null while the head is at rest. */
export function usePoseTransforms(): BoneTransforms | null {
  const demo = useViewer((s) => s.stretch);
  return useMemo(() => {
    const pose = demoPose(demo);
    return Object.keys(pose).length === 0 ? null : boneTransforms(pose);
  }, [demo]);
}

/**
 * Where points of a muscle (its trigger points, at rest) lie in the shown pose: carried as the
 * muscle's tissue is (`posed-points.ts`). The same array while the head is at rest.
 */
export function usePosedMusclePoints(model: PreparedModel, muscle: MuscleSide | null, rest: readonly Vec3[]) {
  const transforms = usePoseTransforms();
  const carried = useMemo(() => {
    const meshes = muscle ? (model.muscles.get(muscleKey(muscle)) ?? []) : [];
    return rest.map((p) => carriedBy(meshes, p));
  }, [model, muscle, rest]);
  return useMemo(
    () => (transforms ? rest.map((p, i) => (carried[i] ? placeCarried(carried[i], transforms) : p)) : rest),
    [transforms, carried, rest],
  );
}
