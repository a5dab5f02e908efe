import { getMuscle, HEAD_CENTRE, resolveAnchor, type Side } from '../mapping';
import type { ViewName } from './types';

/** Only the views with a button, so the suggestion is one the user can repeat from the view bar. */
const directions: Partial<Record<ViewName, readonly [number, number, number]>> = {
  front: [0, 0, 1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  back: [0, 0, -1],
  top: [0, 1, 0],
};

/**
 * The preset view that faces a muscle's essential referral zone: the zone's anchors are
 * averaged and the preset whose direction is closest to it from the head's centre wins.
 */
export function bestViewFor(muscleId: string, side: Side): ViewName {
  const muscle = getMuscle(muscleId);
  if (!muscle) return 'front';
  let x = 0;
  let y = 0;
  let z = 0;
  let n = 0;
  for (const trp of muscle.triggerPoints)
    for (const zone of trp.zones) {
      if (zone.level !== 'essential') continue;
      for (const stroke of zone.strokes)
        for (const anchor of stroke.path) {
          const p = resolveAnchor(anchor, side);
          x += p[0] - HEAD_CENTRE[0];
          y += p[1] - HEAD_CENTRE[1];
          z += p[2] - HEAD_CENTRE[2];
          n++;
        }
    }
  if (n === 0) return 'front';
  let best: ViewName = 'front';
  let bestDot = -Infinity;
  for (const [view, d] of Object.entries(directions) as [ViewName, readonly [number, number, number]][]) {
    const dot = x * d[0] + y * d[1] + z * d[2];
    if (dot > bestDot) [best, bestDot] = [view, dot];
  }
  return best;
}
