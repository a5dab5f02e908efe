import { getPainRegion, regionCentre } from '../../mapping';
import type { Question } from '../../quiz';
import type { Layers } from '../../display';
import { bestViewFor, viewsFacing, type MuscleSide, type QuizScreen } from '../../state';

/**
 * What the 3D view shows while a question is asked. The head ignores clicks (inert) except while
 * painting, so a stray click cannot change the muscle being asked about; the zone of a muscle the
 * student must paint stays hidden until "Check". The store clears any drawing, point or preview
 * first. No question (the summary): a plain head.
 */
export function questionScreen(q: Question | null, layers: Layers): QuizScreen {
  if (!q)
    return { selected: null, mode: 'explore', headInput: 'inert', region: null, layers: { ...layers, isolate: false } };
  if (q.kind === 'name-the-muscle') {
    // Without the skin the zone is drawn on the bones, behind the muscle instead of over it.
    return {
      selected: { muscleId: q.muscleId, side: q.side },
      mode: 'explore',
      headInput: 'inert',
      region: null,
      layers: { ...layers, isolate: true, skin: 'hidden', bones: true },
      view: bestViewFor(q.muscleId, q.side),
    };
  }
  if (q.kind === 'paint-the-zone') {
    // The side view of the named side: a fair start that does not point at the zone.
    return {
      selected: null,
      mode: 'draw',
      headInput: 'live',
      region: null,
      layers: { ...layers, isolate: false },
      view: q.side,
    };
  }
  const region = getPainRegion(q.regionId);
  return {
    selected: null,
    mode: 'regions',
    headInput: 'inert',
    region: { regionId: q.regionId, side: q.side },
    layers: { ...layers, isolate: false },
    view: region ? viewsFacing([regionCentre(region, q.side)])[0]! : 'front',
  };
}

/**
 * The muscle to show once an answer is graded: a painted answer is compared with the true zone,
 * drawn over the drawing. The camera stays where the student left it unless it cannot show the zone
 * there; then it turns to the zone (the store's `revealQuizAnswer`).
 */
export function revealAfterAnswer(q: Question): MuscleSide | null {
  return q.kind === 'paint-the-zone' ? { muscleId: q.muscleId, side: q.side } : null;
}

/** Back to the start screen once the quiz is left, with the layers the user had before. */
export function afterQuizScreen(layersBefore: Layers): QuizScreen {
  return { selected: null, mode: 'explore', headInput: 'live', region: null, layers: layersBefore, view: 'front' };
}
