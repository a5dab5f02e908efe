import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Material } from 'three';
import { colouredPose, useViewer, type LengthColours } from '../state';
import { muscleKey, type PreparedModel } from './prepare-model';

/**
 * The selected muscle wears the highlight, the hovered one a lighter tone; in the posture view
 * the muscles forward head posture shortens and lengthens wear their colours, and so do those the
 * shown position of an exercise shortens and lengthens; the rest their own.
 * A hovered context part turns a paler grey (it is never selected).
 */
export function useSelectionHighlight(model: PreparedModel): void {
  const selected = useViewer((s) => s.selected);
  const hovered = useViewer((s) => s.hovered);
  const hoveredContext = useViewer((s) => s.hoveredContext);
  const invalidate = useThree((s) => s.invalidate);
  const colours = useLengthColours();
  useEffect(() => {
    const key = selected ? muscleKey(selected) : null;
    const hoverKey = hovered ? muscleKey(hovered) : null;
    const { shortenedMuscle, lengthenedMuscle } = model.materials;
    for (const [k, meshes] of model.muscles) {
      const material =
        k === key
          ? model.materials.selectedMuscle
          : k === hoverKey
            ? model.materials.hoveredMuscle
            : colours?.shortened.has(k)
              ? shortenedMuscle
              : colours?.lengthened.has(k)
                ? lengthenedMuscle
                : null;
      for (const mesh of meshes)
        mesh.material = material ?? (mesh.userData.baseMaterial as Material | undefined) ?? model.materials.muscle;
    }
    for (const [name, mesh] of model.context)
      mesh.material = name === hoveredContext ? model.materials.hoveredContext : model.materials.context;
    invalidate();
  }, [model, selected, hovered, hoveredContext, colours, invalidate]);
}

/**
 * The length colours of the pose the head colours (`colouredPose`). They and the muscle lengths
 * behind them (which the posture panel loads too) come in a chunk of their own when a posture or an
 * exercise is first shown, so they are not fetched before the first frame.
 */
function useLengthColours(): LengthColours | null {
  const pose = useViewer(colouredPose);
  const [module, setModule] = useState<typeof import('../state/length-colours') | null>(null);
  useEffect(() => {
    if (!pose || module) return;
    let live = true;
    import('../state/length-colours')
      .then((m) => live && setModule(m))
      // Offline before the chunk was cached: the muscles keep their colours, and the posture panel,
      // from the same chunk, says it could not load.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pose, module]);
  return pose && module ? module.lengthColours(pose) : null;
}
