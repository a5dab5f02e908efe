import type { Intersection, Object3D } from 'three';
import type { Mode, MuscleSide } from '../state';
import type { PartKind } from './prepare-model';

function shownInScene(o: Object3D | null): boolean {
  for (; o; o = o.parent) if (!o.visible) return false;
  return true;
}

const partOf = (o: Object3D): PartKind | undefined => o.userData.part as PartKind | undefined;

/**
 * The nearest hit the current mode cares about. Hidden meshes still intersect rays in three.js,
 * so visibility is checked here; in explore mode only muscles count, so the see-through skin
 * never stands between the pointer and a muscle.
 */
export function firstPick(intersections: readonly Intersection[], mode: Mode): Intersection | null {
  for (const hit of intersections) {
    const part = partOf(hit.object);
    if (!part || !shownInScene(hit.object)) continue;
    if (mode === 'explore' ? part.kind === 'muscle' : true) return hit;
  }
  return null;
}

export function muscleOf(hit: Intersection | null): MuscleSide | null {
  const part = hit ? partOf(hit.object) : undefined;
  return part?.kind === 'muscle' ? part.muscle : null;
}
