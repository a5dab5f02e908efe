import { getMuscle, muscleIds, type DepthLayer, type Side } from '../mapping';
import type { Layers, LayerToggle, SkinLayer } from '../display';
import { sameChoice, type MuscleSide } from './types';
import { contextDepthOf, isMuscleShown } from './visibility';

/**
 * The layers taken away, for as long as a muscle stays selected, so the selected muscle is seen:
 * an opaque skin turns see-through, and the muscles shallower than the selected one on its side
 * are peeled (the scene peels those that lie over it, see `src/scene/covering.ts`). The other
 * side stays whole, as on a plate dissected on one side, so the depth reads by comparison.
 *
 * It is derived from the selection and the user's own layers, never written into them: clearing
 * or changing the selection restores exactly what the user had, and a link carries the user's
 * layers and the selection, from which the peel follows again.
 */
export interface SelectionPeel {
  readonly muscle: MuscleSide;
  /** Muscles of the selected side with a depth under this number may be peeled; 1 peels none. */
  readonly depth: DepthLayer;
  /** The skin as drawn while peeled. */
  readonly skin: SkinLayer;
}

/** The depth layer toggle that shows a muscle of this depth. */
export const layerToggleFor = (depth: DepthLayer): LayerToggle =>
  depth === 1 ? 'superficial' : depth === 4 ? 'deep' : 'intermediate';

/**
 * The selected muscle is drawn under the user's layers but something the user shows would cover it.
 * False while nothing is selected, or the user has hidden the muscle's own layer on purpose.
 */
function isCovered(layers: Layers, selected: MuscleSide, depth: DepthLayer): boolean {
  if (layers.skin === 'opaque') return true;
  if (layers.isolate) return false;
  return muscleIds.some(
    (id) => (getMuscle(id)?.layer ?? 2) < depth && isMuscleShown(id, selected.side, layers, selected),
  );
}

/**
 * The peel the selection asks for, or null: nothing selected, the muscle hidden by the user's own
 * layer choice (`isSelectedHidden`), nothing over it, or the user declined the peel for this very
 * selection (`declinedFor`: the "show the layers above" button, or a layer changed by hand).
 */
export function selectionPeel(
  layers: Layers,
  selected: MuscleSide | null,
  declinedFor: MuscleSide | null,
): SelectionPeel | null {
  if (!selected || sameChoice(declinedFor, selected)) return null;
  const muscle = getMuscle(selected.muscleId);
  if (!muscle || !isMuscleShown(selected.muscleId, selected.side, layers, selected)) return null;
  if (!isCovered(layers, selected, muscle.layer)) return null;
  return {
    muscle: selected,
    depth: layers.isolate ? 1 : muscle.layer,
    skin: layers.skin === 'opaque' ? 'ghosted' : layers.skin,
  };
}

/** The peel the user declined for this selection, that "peel them away" would bring back. */
export const declinedPeel = (layers: Layers, selected: MuscleSide | null): SelectionPeel | null =>
  selectionPeel(layers, selected, null);

/** Whether a selected muscle is hidden by the user's own layers (its dots go with it). */
export const isSelectedHidden = (layers: Layers, selected: MuscleSide | null): boolean =>
  !!selected && !isMuscleShown(selected.muscleId, selected.side, layers, selected);

/** Which of a part's sides the peel reaches: its own side, and parts on the midline. */
const onPeeledSide = (peel: SelectionPeel, side: Side | null): boolean => side === null || side === peel.muscle.side;

/**
 * Whether the peel takes this muscle away. `liesOver` narrows the peel to what the geometry
 * says lies over the selected muscle; without it every shallower muscle of the side goes.
 */
export function isMusclePeeled(
  peel: SelectionPeel | null,
  muscleId: string,
  side: Side,
  liesOver: (key: string) => boolean = () => true,
): boolean {
  if (!peel || !onPeeledSide(peel, side)) return false;
  if ((getMuscle(muscleId)?.layer ?? 2) >= peel.depth) return false;
  return liesOver(`${muscleId}:${side}`);
}

/** The same for a context part (its name after `context:`, e.g. `eye-left`, `trachea`). */
export function isContextPeeled(
  peel: SelectionPeel | null,
  name: string,
  liesOver: (key: string) => boolean = () => true,
): boolean {
  if (!peel) return false;
  const side = /-left$/.test(name) ? 'left' : /-right$/.test(name) ? 'right' : null;
  if (!onPeeledSide(peel, side) || contextDepthOf(name) >= peel.depth) return false;
  return liesOver(`context:${name}`);
}
