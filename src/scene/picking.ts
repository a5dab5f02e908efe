import type { Intersection, Object3D } from 'three';
import type { HeadInput, Mode, MuscleSide } from '../state';
import type { PartKind } from './prepare-model';

function shownInScene(o: Object3D | null): boolean {
  for (; o; o = o.parent) if (!o.visible) return false;
  return true;
}

const partOf = (o: Object3D): PartKind | undefined => o.userData.part as PartKind | undefined;

/**
 * What the pointer does on the head: the mode's work, or nothing at all while the head is inert or
 * a stretch or an exercise plays.
 */
export type PointerMode = Mode | 'inert';

export const pointerMode = (s: {
  readonly mode: Mode;
  readonly headInput: HeadInput;
  readonly stretch?: { readonly playback: string } | null;
  readonly exercise?: { readonly playback: string } | null;
}): PointerMode =>
  // While a demonstration plays the head is inert too: each frame's pose would have to be skinned for picking.
  s.headInput === 'inert' || s.stretch?.playback === 'playing' || s.exercise?.playback === 'playing' ? 'inert' : s.mode;

/**
 * The nearest hit the current mode cares about; none while the head is inert. Hidden meshes still intersect rays in
 * three.js, so visibility is checked here; in explore mode only muscles and the opaque context parts count
 * (a context part in front hides what is behind it, as on screen), so the see-through skin never stands
 * between the pointer and a muscle.
 */
export function firstPick(intersections: readonly Intersection[], mode: PointerMode): Intersection | null {
  if (mode === 'inert') return null;
  for (const hit of intersections) {
    const part = partOf(hit.object);
    if (!part || !shownInScene(hit.object)) continue;
    if (mode === 'explore' ? part.kind === 'muscle' || part.kind === 'context' : true) return hit;
  }
  return null;
}

export function muscleOf(hit: Intersection | null): MuscleSide | null {
  const part = hit ? partOf(hit.object) : undefined;
  return part?.kind === 'muscle' ? part.muscle : null;
}

/** The context part hit (its contract name after `context:`), never a muscle. */
export function contextOf(hit: Intersection | null): string | null {
  const part = hit ? partOf(hit.object) : undefined;
  return part?.kind === 'context' ? part.name : null;
}
