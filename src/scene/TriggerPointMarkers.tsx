import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Matrix4, Raycaster, Vector3, type Group } from 'three';
import { getMuscle, resolveAnchor } from '../mapping';
import { isSelectedHidden, useViewer } from '../state';
import { Marker } from './Marker';
import type { PreparedModel } from './prepare-model';

export const TRIGGER_POINT_COLOR = '#3b1f9e';

/**
 * How much of the head the line of sight may cross before it reaches a dot. The deepest trigger
 * points lie about 4 cm under the skin (the posterior scalene, the multifidi), 6 cm when looked at
 * obliquely; seen from the other side the line crosses the whole neck or head, 8 cm and more.
 */
export const SEEN_THROUGH_AT_MOST_M = 0.065;

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
  const dots = useRef<(Group | null)[]>([]);
  const seenFrom = useRef({ camera: new Matrix4(), points: null as unknown });
  const work = useMemo(() => ({ raycaster: new Raycaster(), dot: new Vector3(), dir: new Vector3() }), []);

  // After the camera controls (priority -1) have moved the camera for this frame, before it is drawn.
  useFrame(({ camera }) => {
    const last = seenFrom.current;
    if (last.points === points && last.camera.equals(camera.matrixWorld)) return;
    last.points = points;
    last.camera.copy(camera.matrixWorld);
    const skin = model.skin.map((s) => s.mesh);
    const { raycaster, dot, dir } = work;
    points.forEach((p, i) => {
      const group = dots.current[i];
      if (!group) return;
      dot.set(p.at[0], p.at[1], p.at[2]);
      const distance = dir.subVectors(dot, camera.position).length();
      raycaster.set(camera.position, dir.normalize());
      raycaster.far = distance;
      // The skin is where the line of sight enters the head: the stretch after it is head.
      const entry = raycaster.intersectObjects(skin, false)[0];
      group.visible = !entry || distance - entry.distance <= SEEN_THROUGH_AT_MOST_M;
    });
  });
  // A dot mounted anew (another muscle, its layer shown again) is judged in the next frame.
  const keep = (i: number) => (g: Group | null) => {
    dots.current[i] = g;
    seenFrom.current.points = null;
  };

  if (hidden) return null;
  return (
    <group name="trigger-points">
      {points.map((p, i) => (
        <group key={p.id} ref={keep(i)}>
          <Marker at={p.at} color={TRIGGER_POINT_COLOR} label={`trigger-point:${p.id}`} />
        </group>
      ))}
    </group>
  );
}
