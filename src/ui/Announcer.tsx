import { getPainRegion } from '../mapping';
import { useCandidates, useViewer } from '../state';
import { useLabels } from './labels';
import { exerciseStatusWords } from './movement/exercise-status';

/**
 * Tells screen-reader users, politely, what changed away from their cursor: the muscle now
 * selected (from the list, the model or a tour), how many source muscles a lookup found, and where
 * an exercise on the head is (the one home of that line: its player can be on screen twice, in the
 * Posture tab and in the self-care advice). Left out during a quiz, which must not name the muscle
 * it asks about.
 */
export function Announcer() {
  const selected = useViewer((s) => s.selected);
  const candidates = useCandidates();
  const region = useViewer((s) => (s.mode === 'regions' ? s.region : null));
  const { t, muscleLabel, regionLabel } = useLabels();
  // Words, not the demonstration: a playing exercise changes on every frame, its words seldom.
  const exercise = useViewer((s) => (s.exercise ? exerciseStatusWords(t, s.exercise) : ''));
  const chosen = selected ? t('ui:announce.selected', { muscle: muscleLabel(selected.muscleId, selected.side) }) : '';
  const place = region && getPainRegion(region.regionId) ? regionLabel(region.regionId, region.side) : null;
  let found = '';
  if (candidates?.length === 0) found = t('ui:results.none');
  else if (candidates && place) found = t('ui:announce.resultsFor', { count: candidates.length, place });
  else if (candidates) found = t('ui:announce.results', { count: candidates.length });
  // A line each, so a new count does not repeat the selection or the exercise, and the other way round.
  return (
    <div className="visually-hidden announcer" aria-live="polite" aria-atomic="false">
      <p>{chosen}</p>
      <p>{found}</p>
      <p>{exercise}</p>
    </div>
  );
}
