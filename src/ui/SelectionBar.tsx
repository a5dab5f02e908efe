import { getMuscle } from '../mapping';
import { bestViewFor, useModelStatus, useViewer } from '../state';
import { useLabels } from './labels';

/**
 * On a phone's sheet, under the handle: the selected muscle and "Turn to the pain pattern", in
 * reach from the muscle list, the pain tools and the layers alike, and when the sheet is lowered.
 * (The information's own button is hidden in the sheet: one button, in one place, in every tab.)
 * `onTurn` lets the sheet step down from full height, where it lies over the head being turned.
 */
export function SelectionBar({ onTurn }: { readonly onTurn: () => void }) {
  const selected = useViewer((s) => s.selected);
  const has3d = useModelStatus((s) => s.phase === 'ready');
  const { t, muscleLabel } = useLabels();
  const muscle = selected ? getMuscle(selected.muscleId) : undefined;
  if (!selected || !muscle) return null;
  return (
    <div className="selection-bar">
      <p className="selection-name" title={muscleLabel(muscle.id, selected.side)}>
        {muscleLabel(muscle.id, selected.side)}
      </p>
      {has3d && (
        <button
          type="button"
          className="small"
          onClick={() => {
            useViewer.getState().showView(bestViewFor(muscle.id, selected.side));
            onTurn();
          }}
        >
          {t('ui:info.turnToPattern')}
        </button>
      )}
    </div>
  );
}
