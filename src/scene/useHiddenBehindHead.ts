import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Matrix4, Raycaster, Vector3, type Group } from 'three';
import type { Vec3 } from '../mapping';
import type { PreparedModel } from './prepare-model';

/**
 * How much of the head the line of sight may cross before it reaches a dot. The deepest trigger
 * points lie about 4 cm under the skin (the posterior scalene, the multifidi), 6 cm when looked at
 * obliquely; seen from the other side the line crosses the whole neck or head, 8 cm and more.
 */
export const SEEN_THROUGH_AT_MOST_M = 0.065;

/**
 * Hides the markers at `points` (each drawn over everything, so it stays findable under the skin
 * or a muscle) while the head lies between them and the camera: judged against the skin whenever
 * the camera or the points change. Returns the ref for the group of the i-th point's marker.
 */
export function useHiddenBehindHead(
  model: PreparedModel,
  points: readonly Vec3[],
): (i: number) => (g: Group | null) => void {
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
      dot.set(p[0], p[1], p[2]);
      const distance = dir.subVectors(dot, camera.position).length();
      raycaster.set(camera.position, dir.normalize());
      raycaster.far = distance;
      // The skin is where the line of sight enters the head: the stretch after it is head.
      // Recursive, so a posed head's skin (a skinned twin under the rest mesh) is met where it is drawn.
      const entry = raycaster.intersectObjects(skin, true)[0];
      group.visible = !entry || distance - entry.distance <= SEEN_THROUGH_AT_MOST_M;
    });
  });
  // A dot mounted anew (another muscle, its layer shown again) is judged in the next frame.
  return (i: number) => (g: Group | null) => {
    dots.current[i] = g;
    seenFrom.current.points = null;
  };
}
