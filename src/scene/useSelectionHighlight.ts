import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Material } from 'three';
import type { MuscleId } from '../mapping';
import { useViewer, type PostureChanges } from '../state';
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
  const changes = usePostureChanges(posture);
  useEffect(() => {
    const key = selected ? muscleKey(selected) : null;
    const hoverKey = hovered ? muscleKey(hovered) : null;
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
  }, [model, selected, hovered, hoveredContext, changes, invalidate]);
}

/**
 * What forward head posture shortens and lengthens, while the posture view is on. The muscle
 * lengths behind it (attachments, fibre paths) come in a chunk of their own when the view first
 * opens, the one the posture panel shares, so they are not fetched before the first frame.
 */
function usePostureChanges(on: boolean): PostureChanges | null {
  const [changes, setChanges] = useState<PostureChanges | null>(null);
  useEffect(() => {
    if (!on || changes) return;
    let live = true;
    import('../state/posture-changes')
      .then((m) => live && setChanges(m.postureChanges()))
      // Offline before the chunk was cached: the muscles keep their colours, and the posture panel,
      // from the same chunk, says it could not load.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [on, changes]);
  return on ? changes : null;
}
