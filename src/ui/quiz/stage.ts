import { getPainRegion, regionCentre } from '../../mapping';
import type { Question } from '../../quiz';
import type { Layers } from '../../display';
import { bestViewFor, viewsFacing, type MuscleSide, type ViewerState } from '../../state';

/** Everything a question sets on screen starts from a clean slate: no drawing, point or region. */
const cleared = { preview: null, painPoint: null, strokes: [], paintedArea: [], region: null, erase: false } as const;

/**
 * What the 3D view shows while a question is asked. Clicks on the head do nothing (the regions
 * mode without a region) except while painting, so a stray click cannot change the muscle
 * being asked about; the zone of a muscle the student must paint stays hidden until "Check".
 * No question (the summary): a plain head.
 */
export function questionScreen(q: Question | null, layers: Layers): Partial<ViewerState> {
  if (!q) return { ...cleared, selected: null, mode: 'regions', layers: { ...layers, isolate: false } };
  if (q.kind === 'name-the-muscle') {
    // Without the skin the zone is drawn on the bones, behind the muscle instead of over it.
    return {
      ...cleared,
      selected: { muscleId: q.muscleId, side: q.side },
      mode: 'regions',
      layers: { ...layers, isolate: true, skin: 'hidden', bones: true },
      view: bestViewFor(q.muscleId, q.side),
    };
  }
  if (q.kind === 'paint-the-zone') {
    // The side view of the named side: a fair start that does not point at the zone.
    return { ...cleared, selected: null, mode: 'draw', layers: { ...layers, isolate: false }, view: q.side };
  }
  const region = getPainRegion(q.regionId);
  return {
    ...cleared,
    selected: null,
    mode: 'regions',
    region: { regionId: q.regionId, side: q.side },
    layers: { ...layers, isolate: false },
    view: region ? viewsFacing([regionCentre(region, q.side)])[0]! : 'front',
  };
}

/**
 * The muscle to show once an answer is graded: a painted answer is compared with the true zone,
 * drawn over the drawing. The camera stays where the student left it.
 */
export function revealAfterAnswer(q: Question): MuscleSide | null {
  return q.kind === 'paint-the-zone' ? { muscleId: q.muscleId, side: q.side } : null;
}

/** Back to the start screen once the quiz is left, with the layers the user had before. */
export function afterQuizScreen(layersBefore: Layers): Partial<ViewerState> {
  return { ...cleared, quiz: null, selected: null, mode: 'explore', layers: layersBefore, view: 'front' };
}
