import { getMuscle, HEAD_CENTRE, resolveAnchor, type Side, type Vec3 } from '../mapping';
import { stretchFor, stretchPose } from '../movement';
import type { ViewName } from '../display';

/**
 * Only the views with a button, so a suggestion is one the user can repeat from the view bar;
 * the three-quarter views belong to the guided tours.
 */
type ButtonView = 'front' | 'left' | 'right' | 'back' | 'top';
const directions: Record<ButtonView, readonly [number, number, number]> = {
  front: [0, 0, 1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  back: [0, 0, -1],
  top: [0, 1, 0],
};

/**
 * The preset views ordered by how squarely they face a set of points: the points are averaged
 * and the presets ranked by their direction's agreement with it, seen from the head's centre.
 * No points: the front first, in the presets' own order.
 */
export function viewsFacing(points: readonly Vec3[]): ViewName[] {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    x += p[0] - HEAD_CENTRE[0];
    y += p[1] - HEAD_CENTRE[1];
    z += p[2] - HEAD_CENTRE[2];
  }
  const score = (v: ButtonView) => x * directions[v][0] + y * directions[v][1] + z * directions[v][2];
  // A stable sort, so ties keep the presets' order and the front wins an empty set.
  return (Object.keys(directions) as ButtonView[]).sort((a, b) => score(b) - score(a));
}

/** The anchors of a muscle's essential referral zone on one side (empty for an unknown muscle). */
export function essentialZoneAnchors(muscleId: string, side: Side): Vec3[] {
  const muscle = getMuscle(muscleId);
  if (!muscle) return [];
  return muscle.triggerPoints.flatMap((trp) =>
    trp.zones
      .filter((z) => z.level === 'essential')
      .flatMap((z) => z.strokes.flatMap((s) => s.path.map((a) => resolveAnchor(a, side)))),
  );
}

/** The preset view that faces a muscle's essential referral zone, from the mapping's anchors. */
export function bestViewFor(muscleId: string, side: Side): ViewName {
  return viewsFacing(essentialZoneAnchors(muscleId, side))[0]!;
}

/**
 * Two different views for a picture of a muscle's pattern: the one facing the essential zone,
 * then the one facing the trigger points (where the muscle itself shows) or, when that is the
 * same view, the next best for the trigger points.
 */
export function patternViewsFor(muscleId: string, side: Side): readonly [ViewName, ViewName] {
  const muscle = getMuscle(muscleId);
  const first = bestViewFor(muscleId, side);
  const second = viewsFacing(muscle ? muscle.triggerPoints.map((trp) => resolveAnchor(trp.at, side)) : []).find(
    (v) => v !== first,
  )!;
  return [first, second];
}

/** Motions seen best from the side: nodding the neck and opening the jaw. */
const SAGITTAL = new Set(['flexion', 'opening', 'glide']);

/**
 * The view to watch a muscle's stretch from, played on the head or pictured for print: from the
 * muscle's side when the stretch is mostly a nod or an opening of the jaw (turning and bending add
 * less than that), which a view from the front or behind flattens; otherwise from behind for a
 * muscle whose trigger points face the back more than the front (the upper trapezius, the
 * splenius capitis: from the front their side-bend or turn would hide them), else from the front
 * on the muscle's side, which shows a head turned, bent sideways or a shoulder drawn down. Degrees
 * and the jaw's millimetres are added as they come: a rough measure, enough to choose. A muscle
 * without a stretch gets the view facing its trigger points.
 */
export function stretchViewFor(muscleId: string, side: Side): ViewName {
  const muscle = getMuscle(muscleId);
  const points = muscle ? muscle.triggerPoints.map((trp) => resolveAnchor(trp.at, side)) : [];
  const stretch = muscle && stretchFor(muscle.id);
  if (!stretch) return viewsFacing(points)[0]!;
  let sagittal = 0;
  let other = 0;
  for (const motions of Object.values(stretchPose(stretch, side))) {
    for (const [motion, value] of Object.entries(motions ?? {})) {
      if (SAGITTAL.has(motion)) sagittal += Math.abs(value ?? 0);
      else other += Math.abs(value ?? 0);
    }
  }
  if (other < sagittal) return side;
  const ranked = viewsFacing(points);
  return ranked.indexOf('back') < ranked.indexOf('front') ? 'back' : `three-quarter-${side}`;
}
