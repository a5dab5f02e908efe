import { Box3, Vector3 } from 'three';
import type { Vec3 } from '../mapping';
import { boneTransforms, type Pose } from '../movement';
import { carriedBy, placeCarried, type CarriedPoint } from './posed-points';
import type { PreparedModel } from './prepare-model';

/** The shoulder girdle and the breastbone: a phone's portrait view leaves them at its edges. */
const shoulderGirdle = /^(acromion|superior-angle|sternoclavicular|scalene-tubercle|jugular-notch)(-|$)/;

/** The landmarks of the head and neck alone, what the close framing of a small screen fits. */
const headAndNeckPoints = (model: PreparedModel): Vector3[] =>
  [...model.landmarks].filter(([name]) => !shoulderGirdle.test(name)).map(([, p]) => p);

export function headAndNeck(model: PreparedModel, all: Box3): Box3 {
  const points = headAndNeckPoints(model);
  return points.length >= 4 ? new Box3().setFromPoints(points) : all;
}

const isRest = (pose: Pose): boolean => Object.keys(pose).length === 0;

/**
 * The box the close framing of a small screen fits while the head moves through `poses` (a
 * demonstration's extremes, `demonstrationReach`): the head and neck's landmarks at rest and as
 * the skin over them carries them in each pose. Framed on the head at rest, a phone's side view
 * cut the face off in forward head posture, which carries the head 30 mm forward. The landmarks'
 * carriers are found on the first posed use (a search of the skin's vertices), never at rest.
 */
export function headReach(model: PreparedModel, head: Box3): (poses: readonly Pose[]) => Box3 {
  let carried: CarriedPoint[] | null = null;
  return (poses) => {
    const moving = poses.filter((pose) => !isRest(pose));
    if (moving.length === 0 || !model.posable) return head;
    carried ??= headAndNeckPoints(model).flatMap((p) => {
      const point = carriedBy(
        model.skin.map((s) => s.mesh),
        [p.x, p.y, p.z] as Vec3,
      );
      return point ? [point] : [];
    });
    const box = head.clone();
    for (const pose of moving) {
      const transforms = boneTransforms(pose);
      for (const point of carried) box.expandByPoint(new Vector3(...placeCarried(point, transforms)));
    }
    return box;
  };
}
