import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Side } from '../mapping';
import { isContextShown, isMuscleShown, useViewer } from '../state';
import { applySkinLayer } from './materials';
import type { PreparedModel } from './prepare-model';

/** Shows and hides skin, bones, muscles and context as the layer controls say. */
export function useLayerVisibility(model: PreparedModel): void {
  const layers = useViewer((s) => s.layers);
  const selected = useViewer((s) => s.selected);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    applySkinLayer(model.materials.skin, layers.skin);
    for (const s of model.skin) s.mesh.visible = layers.skin !== 'hidden';
    for (const s of model.bones) s.mesh.visible = layers.bones;
    for (const [key, meshes] of model.muscles) {
      const [muscleId, side] = key.split(':') as [string, Side];
      const shown = isMuscleShown(muscleId, side, layers, selected);
      for (const mesh of meshes) mesh.visible = shown;
    }
    for (const [name, mesh] of model.context) mesh.visible = isContextShown(name, layers, selected);
    invalidate();
  }, [model, layers, selected, invalidate]);
}
