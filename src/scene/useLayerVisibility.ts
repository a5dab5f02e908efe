import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Side } from '../mapping';
import { isContextPeeled, isContextShown, isMusclePeeled, isMuscleShown, selectionPeel, useViewer } from '../state';
import { liesOverMuscle } from './covering';
import { applySkinLayer } from './materials';
import { drawPartsUnderSkin, partsUnderSkinDrawn } from './skin-cover';
import { muscleKey, type PreparedModel } from './prepare-model';
import { usePoseTransforms } from './usePose';

/**
 * Shows and hides skin, bones, muscles and context as the layer controls say, less what is
 * peeled to show the selected muscle (`selectionPeel`): the peel's depths and side from the
 * store, which parts actually lie over the muscle from the geometry (`liesOverMuscle`). An opaque
 * skin over a posed head is drawn alone (`skin-cover.ts`).
 */
export function useLayerVisibility(model: PreparedModel): void {
  const layers = useViewer((s) => s.layers);
  const selected = useViewer((s) => s.selected);
  const declinedFor = useViewer((s) => s.peelDeclinedFor);
  const invalidate = useThree((s) => s.invalidate);
  const peel = useMemo(() => selectionPeel(layers, selected, declinedFor), [layers, selected, declinedFor]);
  // A model that cannot pose (a clinic's without joints) stays at rest through a demonstration.
  const posed = usePoseTransforms() !== null && model.posable;
  useEffect(() => {
    const liesOver = peel ? liesOverMuscle(model, muscleKey(peel.muscle)) : undefined;
    const skin = peel?.skin ?? layers.skin;
    applySkinLayer(model.materials.skin, skin);
    drawPartsUnderSkin(model.materials, partsUnderSkinDrawn(skin, posed));
    for (const s of model.skin) s.mesh.visible = skin !== 'hidden';
    for (const s of model.bones) s.mesh.visible = layers.bones;
    for (const [key, meshes] of model.muscles) {
      const [muscleId, side] = key.split(':') as [string, Side];
      const shown = isMuscleShown(muscleId, side, layers, selected) && !isMusclePeeled(peel, muscleId, side, liesOver);
      for (const mesh of meshes) mesh.visible = shown;
    }
    for (const [name, mesh] of model.context)
      mesh.visible = isContextShown(name, layers, selected) && !isContextPeeled(peel, name, liesOver);
    invalidate();
  }, [model, layers, selected, peel, posed, invalidate]);
}
