import type { ViewName } from '../../display';
import { getMuscle, resolveAnchor, type MuscleId, type Side } from '../../mapping';
import { NEUTRAL, stretchFor, stretchPose, type Pose } from '../../movement';
import { viewsFacing, type MuscleSide } from '../../state';
import { captureView, type SnapshotRequest } from '../../state/snapshot';

/** A stretch's start (neutral) and end position, drawn from one view, as PNG data URLs. */
export interface StretchPictures {
  readonly view: ViewName;
  readonly start: string;
  readonly end: string;
}

/**
 * Pictures of the stretch for print: side by side on their own page, so taller than the pattern's
 * (5:4), on white like them, and a little closer than the view buttons frame head and shoulders.
 */
const PICTURE = { width: 500, height: 400, pixelRatio: 2, zoom: 1.15, background: '#ffffff' } as const;

/** Motions seen best from the side: nodding the neck and opening the jaw. */
const SAGITTAL = new Set(['flexion', 'opening', 'glide']);

/**
 * The view that shows a stretch: from the muscle's side when it is mostly a nod or an opening of
 * the jaw (turning and bending add less than that), which a view from the front or behind
 * flattens; otherwise from behind for a muscle whose trigger points face backward, else from the
 * front on the muscle's side, which shows a head turned, bent sideways or a shoulder drawn down.
 * Degrees and the jaw's millimetres are added as they come: a rough measure, enough to choose.
 */
export function stretchView(muscleId: MuscleId, side: Side, pose: Pose): ViewName {
  let sagittal = 0;
  let other = 0;
  for (const motions of Object.values(pose)) {
    for (const [motion, value] of Object.entries(motions ?? {})) {
      if (SAGITTAL.has(motion)) sagittal += Math.abs(value ?? 0);
      else other += Math.abs(value ?? 0);
    }
  }
  if (other < sagittal) return side;
  const points = getMuscle(muscleId)?.triggerPoints.map((tp) => resolveAnchor(tp.at, side)) ?? [];
  return viewsFacing(points)[0] === 'back' ? 'back' : `three-quarter-${side}`;
}

/**
 * The selected muscle's stretch in two pictures, the head at rest and in the stretch's end
 * position, the muscle highlighted as the view shows it; drawn in the browser from the model on
 * screen (`captureView`), which is back as it was once they are taken. None for a muscle whose
 * stretch the model cannot show, or while there is no 3D view.
 */
export function stretchPictures(
  selected: MuscleSide,
  take: (request: SnapshotRequest) => string | null = captureView,
): StretchPictures | null {
  const stretch = stretchFor(selected.muscleId as MuscleId);
  if (!stretch) return null;
  const end = stretchPose(stretch, selected.side);
  const view = stretchView(selected.muscleId as MuscleId, selected.side, end);
  const shot = (pose: Pose) => take({ view, pose, ...PICTURE } satisfies SnapshotRequest);
  const startSrc = shot(NEUTRAL);
  const endSrc = startSrc && shot(end);
  return startSrc && endSrc ? { view, start: startSrc, end: endSrc } : null;
}
