import { getMuscle, HEAD_CENTRE, landmarks, resolveAnchor, type Side, type Vec3 } from '../mapping';
import { add, dot, length, normalize, scale, sub } from '../mapping/vec';
import { boneTransforms, posedPoint, stretchFor, stretchPose, type Bone } from '../movement';
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

/** Points whose travel shows a stretch's movement: the head's front, top and back, the chin, the shoulders. */
const movingPoints: readonly (readonly [Bone, Vec3])[] = [
  ['skull', landmarks.nasion],
  ['skull', landmarks.vertex],
  ['skull', landmarks.opisthocranion],
  ['mandible', landmarks.gnathion],
  ['shoulder-girdle-left', landmarks['acromion-left']],
  ['shoulder-girdle-right', landmarks['acromion-right']],
];

/**
 * The view to watch a muscle's stretch from: of the four views round the head, the one that
 * shows both the muscle and the movement, scored by how squarely it faces the muscle's trigger
 * points (its square root) times how far the head's and shoulders' points travel across the
 * screen in it (a side-bend reads from the front or the back, a nod from the side, a turn from
 * anywhere but above). A muscle without a stretch gets the view facing its trigger points.
 */
export function stretchViewFor(muscleId: string, side: Side): ViewName {
  const muscle = getMuscle(muscleId);
  const stretch = muscle && stretchFor(muscle.id);
  const trps = muscle ? muscle.triggerPoints.map((trp) => resolveAnchor(trp.at, side)) : [];
  if (!stretch || trps.length === 0) return viewsFacing(trps)[0]!;
  const towardMuscle = normalize(trps.map((p) => sub(p, HEAD_CENTRE)).reduce(add));
  const end = boneTransforms(stretchPose(stretch, side));
  const travel = movingPoints.map(([bone, p]) => sub(posedPoint(end, bone, p), p));
  const score = (v: ButtonView) => {
    const d = directions[v];
    // The muscle first (a view it barely faces scores low whatever moves), then the movement.
    const facing = Math.sqrt(Math.max(0, dot(towardMuscle, d)));
    const across = travel.reduce((sum, t) => sum + length(sub(t, scale(d, dot(t, d)))), 0);
    return facing * across;
  };
  const around: ButtonView[] = ['front', 'left', 'right', 'back'];
  return around.reduce((best, v) => (score(v) > score(best) ? v : best));
}
