import { Box3, Vector3 } from 'three';
import type { Vec3 } from '../mapping';
import type { Pose } from '../movement';
import { carriedBy, placeCarried, type CarriedPoint } from './posed-points';
import type { PreparedModel } from './prepare-model';
import { poseTransforms } from './usePose';

/** The shoulder girdle and the breastbone: a phone's portrait view leaves them at its edges. */
const shoulderGirdle = /^(acromion|superior-angle|sternoclavicular|scalene-tubercle|jugular-notch)(-|$)/;

/**
 * How far beyond the head and neck's landmarks the skin is looked for (m): the nose's tip lies
 * about 30 mm in front of the nasion, the scalp a few behind the opisthocranion, the ears' rims
 * about 10 beyond the euryons. Farther, a vertex is a stray of a clinic's model and must not push
 * the camera away.
 */
const SKIN_BEYOND_M = 0.04;

/**
 * What the close framing of a small screen fits: the landmarks of the head and neck alone, the
 * skin farthest in front of and behind them within their breadth and height (the tip of the
 * nose, the back of the head), and the skin farthest to each side above the angles of the jaw
 * (the ears; lower down the shoulders begin, which a phone leaves at its edges). On the landmarks
 * alone a phone's side views cut off the nose, and the view from above the ears.
 */
export function headAndNeckPoints(model: PreparedModel): Vector3[] {
  const points = [...model.landmarks].filter(([name]) => !shoulderGirdle.test(name)).map(([, p]) => p);
  if (points.length < 4) return points;
  const box = new Box3().setFromPoints(points);
  const jawAngle = Math.max(
    model.landmarks.get('gonion-left')?.y ?? box.max.y,
    model.landmarks.get('gonion-right')?.y ?? box.max.y,
  );
  const near = box.clone().expandByScalar(SKIN_BEYOND_M);
  const farthest: Record<'front' | 'back' | 'left' | 'right', Vector3 | null> = {
    front: null,
    back: null,
    left: null,
    right: null,
  };
  const v = new Vector3();
  for (const { mesh } of model.skin) {
    const position = mesh.geometry.getAttribute('position');
    for (let i = 0; i < position.count; i++) {
      v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      if (!near.containsPoint(v) || v.y < box.min.y || v.y > box.max.y) continue;
      const inBreadth = v.x >= box.min.x && v.x <= box.max.x;
      if (inBreadth && v.z > (farthest.front?.z ?? box.max.z)) farthest.front = v.clone();
      if (inBreadth && v.z < (farthest.back?.z ?? box.min.z)) farthest.back = v.clone();
      const inDepth = v.z >= box.min.z && v.z <= box.max.z && v.y >= jawAngle;
      if (inDepth && v.x > (farthest.left?.x ?? box.max.x)) farthest.left = v.clone();
      if (inDepth && v.x < (farthest.right?.x ?? box.min.x)) farthest.right = v.clone();
    }
  }
  return [...points, ...Object.values(farthest).filter((p): p is Vector3 => p !== null)];
}

/** Their box; a model with fewer than four landmarks is framed on all of it (`all`). */
export const headAndNeck = (points: readonly Vector3[], all: Box3): Box3 =>
  points.length >= 4 ? new Box3().setFromPoints([...points]) : all;

/**
 * The box the close framing of a small screen fits while the head moves through `poses` (a
 * demonstration's extremes, `demonstrationReach`): `points` (`headAndNeckPoints`), boxed in
 * `head` at rest, and as the skin carries them in each pose. Framed on the head at rest, a phone's side view
 * cut the face off in forward head posture, which carries the head 30 mm forward. Their
 * carriers are found on the first posed use (a search of the skin's vertices), never at rest.
 */
export function headReach(
  model: PreparedModel,
  points: readonly Vector3[],
  head: Box3,
): (poses: readonly Pose[]) => Box3 {
  let carried: CarriedPoint[] | null = null;
  return (poses) => {
    const moving = poses.map(poseTransforms).filter((t) => t !== null);
    if (moving.length === 0 || !model.posable) return head;
    carried ??= points.flatMap((p) => {
      const point = carriedBy(
        model.skin.map((s) => s.mesh),
        [p.x, p.y, p.z] as Vec3,
      );
      return point ? [point] : [];
    });
    const box = head.clone();
    for (const transforms of moving)
      for (const point of carried) box.expandByPoint(new Vector3(...placeCarried(point, transforms)));
    return box;
  };
}
