import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Material } from 'three';
import type { MuscleId } from '../mapping';
import { postureChanges, useViewer } from '../state';
import { muscleKey, type PreparedModel } from './prepare-model';

/**
 * The selected muscle wears the highlight, the hovered one a lighter tone; in the posture view
 * the muscles forward head posture shortens and lengthens wear their colours; the rest their own.
 * A hovered context part turns a paler grey (it is never selected).
 */
export function useSelectionHighlight(model: PreparedModel): void {
  const selected = useViewer((s) => s.selected);
  const hovered = useViewer((s) => s.hovered);
  const hoveredContext = useViewer((s) => s.hoveredContext);
  const posture = useViewer((s) => s.posture !== null);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const key = selected ? muscleKey(selected) : null;
    const hoverKey = hovered ? muscleKey(hovered) : null;
    const changes = posture ? postureChanges() : null;
    const { shortenedMuscle, lengthenedMuscle } = model.materials;
    for (const [k, meshes] of model.muscles) {
      const id = k.slice(0, k.indexOf(':')) as MuscleId;
      const material =
        k === key
          ? model.materials.selectedMuscle
          : k === hoverKey
            ? model.materials.hoveredMuscle
            : changes?.shortenedIds.has(id)
              ? shortenedMuscle
              : changes?.lengthenedIds.has(id)
                ? lengthenedMuscle
                : null;
      for (const mesh of meshes)
        mesh.material = material ?? (mesh.userData.baseMaterial as Material | undefined) ?? model.materials.muscle;
    }
    for (const [name, mesh] of model.context)
      mesh.material = name === hoveredContext ? model.materials.hoveredContext : model.materials.context;
    invalidate();
  }, [model, selected, hovered, hoveredContext, posture, invalidate]);
}
