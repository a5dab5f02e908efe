import { getMuscle, type Side } from '../mapping';
import type { Layers } from '../display';
import type { MuscleSide } from './types';

/**
 * Whether a muscle is drawn under the current layers. Layer toggles always win over the
 * selection, so a therapist can peel the selected trapezius away to show what lies beneath;
 * only "isolate" brings the selected muscle back on its own.
 */
export function isMuscleShown(muscleId: string, side: Side, layers: Layers, selected: MuscleSide | null): boolean {
  const isSelected = !!selected && selected.muscleId === muscleId && selected.side === side;
  if (layers.isolate && selected) return isSelected;
  const layer = getMuscle(muscleId)?.layer ?? 2;
  const depthShown = layer === 1 ? layers.superficial : layer === 4 ? layers.deep : layers.intermediate;
  if (!depthShown) return false;
  if (!layers.otherSide && selected && side !== selected.side) return false;
  return true;
}

/** Zones are painted on the skin while it shows, otherwise on the bones beneath. */
export function zoneSurface(layers: Layers): 'skin' | 'bones' {
  return layers.skin === 'hidden' ? 'bones' : 'skin';
}
