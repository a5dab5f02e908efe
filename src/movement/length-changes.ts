import { sides, type MuscleId, type Side } from '../mapping';
import { lengthsInPose } from './muscle-length';
import type { Pose } from './pose';

/*
 * The muscles a position shortens and lengthens, from their computed lengths (never listed by
 * hand): what an exercise's position does, told beside the head and coloured on it, and the
 * forward head posture's colours. Loaded with the panels and colours that show it, not before the
 * first frame (the muscle lengths behind it are not needed to draw the head at rest).
 */

/** A change smaller than this (per cent of rest) counts as no change. */
export const LENGTH_CHANGE_PERCENT = 3;
/** Left and right closer than this (percentage points) are one change of both sides. */
const SAME_ON_BOTH_SIDES = 0.5;

export interface LengthChange {
  readonly id: MuscleId;
  /** The sides the change holds for: one, or both for a symmetric position. */
  readonly sides: readonly Side[];
  /** Length in the position as per cent of rest (both sides' mean when they agree). */
  readonly percent: number;
}

export interface LengthChanges {
  /** Most shortened first. */
  readonly shortened: readonly LengthChange[];
  /** Most lengthened first. */
  readonly lengthened: readonly LengthChange[];
}

/** Per pose object: the panel's lists (the player may be on screen twice) and the head's colours share one answer. */
const computed = new WeakMap<Pose, LengthChanges>();

export function lengthChanges(pose: Pose): LengthChanges {
  let answer = computed.get(pose);
  if (!answer) computed.set(pose, (answer = changesOf(pose)));
  return answer;
}

function changesOf(pose: Pose): LengthChanges {
  const changes: LengthChange[] = [];
  const lengths = lengthsInPose(pose);
  for (let i = 0; i < lengths.length; i += sides.length) {
    const pair = lengths.slice(i, i + sides.length);
    const changed = pair.filter((m) => Math.abs(m.percent - 100) > LENGTH_CHANGE_PERCENT);
    const [a, b] = changed;
    if (a && b && Math.abs(a.percent - b.percent) < SAME_ON_BOTH_SIDES)
      changes.push({ id: a.id, sides: [a.side, b.side], percent: (a.percent + b.percent) / 2 });
    else changes.push(...changed.map((m) => ({ id: m.id, sides: [m.side], percent: m.percent })));
  }
  return {
    shortened: changes.filter((c) => c.percent < 100).sort((x, y) => x.percent - y.percent),
    lengthened: changes.filter((c) => c.percent > 100).sort((x, y) => y.percent - x.percent),
  };
}
