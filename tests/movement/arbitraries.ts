import fc from 'fast-check';
import { jointIds, motionsOf, rangeOf, type Pose } from '../../src/movement';

/**
 * Random poses for the property tests: every motion of every joint somewhere from twice its range
 * below to twice above (so clamping has work to do), or left out.
 */
export const anyPose: fc.Arbitrary<Pose> = fc.record(
  Object.fromEntries(
    jointIds.map((joint) => [
      joint,
      fc.record(
        Object.fromEntries(
          motionsOf(joint).map((motion) => {
            const { min, max } = rangeOf(joint, motion);
            const span = max - min;
            return [motion, fc.double({ min: min - span, max: max + span, noNaN: true })];
          }),
        ),
        { requiredKeys: [] },
      ),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Pose>;

/** Random poses within range. */
export { clampPose as withinRange } from '../../src/movement';
