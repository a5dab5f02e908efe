import type { Object3D } from 'three';
import { boneTransforms, NEUTRAL, type BoneTransforms, type Pose } from '../movement';
import { findRig, poseModel } from './pose-skin';
import type { PreparedModel } from './prepare-model';
import { drawPartsUnderSkin, skinDrawnOpaque } from './skin-cover';
import { poseTransforms } from './usePose';

const REST = boneTransforms(NEUTRAL);

/**
 * Draws a picture with the head in `pose` (a stretch's start or end, for the handout) and puts it
 * back as the view shows it (`live`: the store's demonstration, null at rest) before returning, in
 * the same task: no frame of the live view ever shows the picture's pose, and nothing is left
 * posed. The markers are left out of the picture meanwhile: they stand where the view's pose puts
 * the trigger points and the pain point, not where this pose would. A model that cannot pose is
 * drawn at rest.
 */
export function drawInPose<T>(
  scene: Object3D,
  model: PreparedModel,
  pose: Pose,
  live: BoneTransforms | null,
  draw: () => T,
): T {
  const markers: Object3D[] = [];
  scene.traverse((o) => {
    if (o.userData.marker === true && o.visible) markers.push(o);
  });
  for (const m of markers) m.visible = false;
  const rig = model.posable ? findRig(model.root) : null;
  const transforms = poseTransforms(pose);
  if (rig) poseModel(rig, model.root, transforms, REST);
  const skinShown = model.skin.some((s) => s.mesh.visible);
  const partsDrawn = model.materials.bone.visible;
  if (rig && transforms && skinDrawnOpaque(model.materials, skinShown)) drawPartsUnderSkin(model.materials, false);
  try {
    return draw();
  } finally {
    drawPartsUnderSkin(model.materials, partsDrawn);
    if (rig) poseModel(rig, model.root, live, REST);
    for (const m of markers) m.visible = true;
  }
}
