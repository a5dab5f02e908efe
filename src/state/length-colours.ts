import { lengthChanges, type Pose } from '../movement';

/** The muscles a pose shortens and lengthens, as `muscleId:side` keys (the scene's). */
export interface LengthColours {
  readonly shortened: ReadonlySet<string>;
  readonly lengthened: ReadonlySet<string>;
}

/*
 * What the head colours while a posture or an exercise is shown (`colouredPose`). A module the
 * scene loads when one is first shown: the muscle lengths are not needed to draw the head at rest.
 */

const cache = new WeakMap<Pose, LengthColours>();

/** The colours of a pose, as keys once per pose (like `lengthChanges`, kept by the pose object). */
export function lengthColours(pose: Pose): LengthColours {
  let colours = cache.get(pose);
  if (!colours) {
    const { shortened, lengthened } = lengthChanges(pose);
    const keys = (list: typeof shortened) => new Set(list.flatMap((c) => c.sides.map((side) => `${c.id}:${side}`)));
    colours = { shortened: keys(shortened), lengthened: keys(lengthened) };
    cache.set(pose, colours);
  }
  return colours;
}
