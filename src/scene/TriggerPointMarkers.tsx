import { useMemo } from 'react';
import { getMuscle, resolveAnchor } from '../mapping';
import { isSelectedHidden, useViewer } from '../state';
import { Marker } from './Marker';
import { muscleKey, type PreparedModel } from './prepare-model';
import { useHiddenBehindHead } from './useHiddenBehindHead';
import { usePosedPoints } from './usePose';

export const TRIGGER_POINT_COLOR = '#3b1f9e';

/**
 * The selected muscle's trigger points, where the catalogue's anchors put them. A dot is drawn
 * over the tissue just above it (it must stay findable under the skin or a muscle), but not when
 * the head lies between it and the camera, and not while the user's layers hide its muscle.
 */
export function TriggerPointMarkers({ model }: { readonly model: PreparedModel }) {
  const selected = useViewer((s) => s.selected);
  const hidden = useViewer((s) => isSelectedHidden(s.layers, s.selected));
  const points = useMemo(() => {
    const muscle = selected ? getMuscle(selected.muscleId) : undefined;
    if (!selected || !muscle) return [];
    return muscle.triggerPoints.map((trp) => ({ id: trp.id, at: resolveAnchor(trp.at, selected.side) }));
  }, [selected]);
  const restAt = useMemo(() => points.map((p) => p.at), [points]);
  // In a pose each dot rides with its muscle.
  const meshes = useMemo(() => (selected ? (model.muscles.get(muscleKey(selected)) ?? []) : []), [model, selected]);
  const at = usePosedPoints(meshes, restAt);
  const keep = useHiddenBehindHead(model, at);

  if (hidden) return null;
  return (
    <group name="trigger-points">
      {points.map((p, i) => (
        <group key={p.id} ref={keep(i)}>
          <Marker at={at[i] ?? p.at} color={TRIGGER_POINT_COLOR} label={`trigger-point:${p.id}`} />
        </group>
      ))}
    </group>
  );
}
