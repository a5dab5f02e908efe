import type { ViewName } from '../../display';
import type { MuscleId } from '../../mapping';
import { NEUTRAL, stretchFor, stretchPose, type Pose } from '../../movement';
import { stretchViewFor, type MuscleSide } from '../../state';
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
  const view = stretchViewFor(selected.muscleId, selected.side);
  const shot = (pose: Pose) => take({ view, pose, ...PICTURE } satisfies SnapshotRequest);
  const startSrc = shot(NEUTRAL);
  const endSrc = startSrc && shot(end);
  return startSrc && endSrc ? { view, start: startSrc, end: endSrc } : null;
}
