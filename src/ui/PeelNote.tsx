import { useTranslation } from 'react-i18next';
import { getMuscle } from '../mapping';
import { declinedPeel, isSelectedHidden, layerToggleFor, selectionPeel, usePreferences, useViewer } from '../state';
import { muscleLabel } from './labels';

/**
 * Says why the layers on screen differ from the layer controls while a muscle is selected, with
 * the one button that undoes it: layers peeled to show the muscle (put them back), a peel put
 * back (peel again), or the muscle's own layer hidden by the user, its trigger points with it.
 */
export function PeelNote() {
  const { t } = useTranslation('ui');
  const voice = usePreferences((s) => s.voice);
  const selected = useViewer((s) => s.selected);
  const layers = useViewer((s) => s.layers);
  const declinedFor = useViewer((s) => s.peelDeclinedFor);
  // Derived here, not in a selector: a selector answering a new object each time would never settle.
  const peel = selectionPeel(layers, selected, declinedFor);
  const declined = !!declinedFor && !!declinedPeel(layers, selected);
  const hidden = isSelectedHidden(layers, selected);
  if (!selected) return null;
  const muscle = muscleLabel(t, selected.muscleId, selected.side, voice);
  const { declinePeel, allowPeel, toggleLayer } = useViewer.getState();
  const note = (text: string, action: string, run: () => void) => (
    <p className="peel-note">
      {text}{' '}
      <button type="button" className="small" onClick={run}>
        {action}
      </button>
    </p>
  );
  if (peel) return note(t(peel.depth > 1 ? 'peel.peeled' : 'peel.skin', { muscle }), t('peel.putBack'), declinePeel);
  if (declined) return note(t('peel.declined', { muscle }), t('peel.peelAgain'), allowPeel);
  if (hidden) {
    const depth = getMuscle(selected.muscleId)?.layer ?? 2;
    return note(t('peel.hidden', { muscle }), t('peel.showLayer'), () => {
      toggleLayer(layerToggleFor(depth), true);
      // Shown at the user's asking to see this muscle: peel what now covers it.
      allowPeel();
    });
  }
  return null;
}
