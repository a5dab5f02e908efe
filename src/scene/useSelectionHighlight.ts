import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Material } from 'three';
import { useViewer } from '../state';
import { muscleKey, type PreparedModel } from './prepare-model';

/** The selected muscle wears the highlight, the hovered one a lighter tone, the rest their own. */
export function useSelectionHighlight(model: PreparedModel): void {
  const selected = useViewer((s) => s.selected);
  const hovered = useViewer((s) => s.hovered);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const key = selected ? muscleKey(selected) : null;
    const hoverKey = hovered ? muscleKey(hovered) : null;
    for (const [k, meshes] of model.muscles) {
      const material =
        k === key ? model.materials.selectedMuscle : k === hoverKey ? model.materials.hoveredMuscle : null;
      for (const mesh of meshes)
        mesh.material = material ?? (mesh.userData.baseMaterial as Material | undefined) ?? model.materials.muscle;
    }
    invalidate();
  }, [model, selected, hovered, invalidate]);
}
