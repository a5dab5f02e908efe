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

/**
 * The depth a context part is shown with (the muscle layer toggles peel it away with the
 * muscles at its depth): the eyes and the muscles of the face lie superficial, the strap
 * muscles and the floor of the mouth in between, the larynx and trachea deep. A part a clinic's
 * model adds without a depth here counts as intermediate.
 */
const contextDepth: Record<string, 1 | 2 | 4> = {
  eye: 1,
  'orbicularis-oris': 1,
  'levator-labii-superioris': 1,
  'depressor-anguli-oris': 1,
  risorius: 1,
  nasalis: 1,
  'galea-aponeurotica': 1,
  mylohyoid: 2,
  sternohyoid: 2,
  sternothyroid: 2,
  thyrohyoid: 2,
  omohyoid: 2,
  'thyroid-cartilage': 4,
  'cricoid-cartilage': 4,
  trachea: 4,
  'thyrohyoid-membrane': 4,
  'thyroid-gland': 4,
  'nasal-cartilages': 4,
};

/** A context part's depth, by its name after `context:` (its side, if any, left out). */
export const contextDepthOf = (name: string): 1 | 2 | 4 => contextDepth[name.replace(/-(left|right)$/, '')] ?? 2;

/**
 * Whether a context part (its name after `context:`, e.g. `eye-left`) is drawn: with the muscle
 * layer of its depth, and never while one muscle is isolated.
 */
export function isContextShown(name: string, layers: Layers, selected: MuscleSide | null): boolean {
  if (layers.isolate && selected) return false;
  const depth = contextDepthOf(name);
  return depth === 1 ? layers.superficial : depth === 4 ? layers.deep : layers.intermediate;
}

/** Zones are painted on the skin while it shows, otherwise on the bones beneath. */
export function zoneSurface(layers: Layers): 'skin' | 'bones' {
  return layers.skin === 'hidden' ? 'bones' : 'skin';
}
