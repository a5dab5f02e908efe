import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useViewer } from '../state';
import { muscleKey, type PreparedModel } from './prepare-model';

/** The selected muscle wears the highlight material; every other muscle the plain one. */
export function useSelectionHighlight(model: PreparedModel): void {
  const selected = useViewer((s) => s.selected);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const key = selected ? muscleKey(selected) : null;
    for (const [k, meshes] of model.muscles) {
      const material = k === key ? model.materials.selectedMuscle : model.materials.muscle;
      for (const mesh of meshes) mesh.material = material;
    }
    invalidate();
  }, [model, selected, invalidate]);
}
