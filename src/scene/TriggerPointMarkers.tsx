import { useMemo } from 'react';
import { getMuscle, resolveAnchor } from '../mapping';
import { useViewer } from '../state';
import { Marker } from './Marker';

export const TRIGGER_POINT_COLOR = '#3b1f9e';

/** The selected muscle's trigger points, where the catalogue's anchors put them. */
export function TriggerPointMarkers() {
  const selected = useViewer((s) => s.selected);
  const points = useMemo(() => {
    const muscle = selected ? getMuscle(selected.muscleId) : undefined;
    if (!selected || !muscle) return [];
    return muscle.triggerPoints.map((trp) => ({ id: trp.id, at: resolveAnchor(trp.at, selected.side) }));
  }, [selected]);
  return (
    <group name="trigger-points">
      {points.map((p) => (
        <Marker key={p.id} at={p.at} color={TRIGGER_POINT_COLOR} label={`trigger-point:${p.id}`} />
      ))}
    </group>
  );
}
