import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Material } from 'three';
import { useViewer } from '../state';
import { muscleKey, type PreparedModel } from './prepare-model';

/** The selected muscle wears the highlight material; every other muscle the plain one. */
export function useSelectionHighlight(model: PreparedModel): void {
  const selected = useViewer((s) => s.selected);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const key = selected ? muscleKey(selected) : null;
    for (const [k, meshes] of model.muscles) {
      for (const mesh of meshes)
        mesh.material = k === key ? model.materials.selectedMuscle : ((mesh.userData.baseMaterial as Material | undefined) ?? model.materials.muscle);
    }
    invalidate();
  }, [model, selected, invalidate]);
}
