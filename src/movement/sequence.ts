import { smoothstep } from '../mapping/vec';
import { DEMONSTRATION } from './demonstration';
import { jointIds } from './joints';
import { interpolatePoses, motionsOf, NEUTRAL, valueOf, type Pose } from './pose';

/**
 * The timeline of a sequence of positions (an exercise): each move eased from one position into
 * the next, taking as long as a stretch's move into its position, and a hold at every position
 * between the first and the last, as long as a stretch's hold. A sequence of three positions
 * (neutral, a position, neutral) is a stretch's timeline exactly (`demonstration.ts`).
 */
export const SEQUENCE = { moveMs: DEMONSTRATION.intoMs, holdMs: DEMONSTRATION.holdMs } as const;

/** How long a sequence of `positions` positions plays. */
export const sequenceMs = (positions: number): number =>
  positions < 2 ? 0 : (positions - 1) * SEQUENCE.moveMs + (positions - 2) * SEQUENCE.holdMs;

/** The moment position `index` is reached (0 for the first), where a still picture of it is shown. */
export const positionMs = (index: number): number =>
  index <= 0 ? 0 : index * SEQUENCE.moveMs + (index - 1) * SEQUENCE.holdMs;

export interface SequenceMoment {
  /** The position last reached (held now, or being left). */
  readonly position: number;
  /** Moving from `position` to the next, or holding it. */
  readonly moving: boolean;
  /** Past the end: back in the last position. */
  readonly done: boolean;
}

/** Where in a sequence of `positions` positions `ms` falls (before it counts as its start). */
export function sequenceMoment(positions: number, ms: number): SequenceMoment {
  const last = Math.max(0, positions - 1);
  if (!(ms > 0)) return { position: 0, moving: last > 0, done: last === 0 };
  if (ms >= sequenceMs(positions)) return { position: last, moving: false, done: true };
  // Position i (i >= 1) is reached at positionMs(i) and held for holdMs, then left.
  const step = SEQUENCE.moveMs + SEQUENCE.holdMs;
  const afterFirst = ms - SEQUENCE.moveMs;
  if (afterFirst < 0) return { position: 0, moving: true, done: false };
  const position = 1 + Math.floor(afterFirst / step);
  return { position, moving: afterFirst - (position - 1) * step >= SEQUENCE.holdMs, done: false };
}

/** The pose at `ms` of a sequence: eased between positions, held at each. */
export function sequencePose(sequence: readonly Pose[], ms: number): Pose {
  if (sequence.length === 0) return NEUTRAL;
  const { position, moving, done } = sequenceMoment(sequence.length, ms);
  const here = sequence[position]!;
  if (done || !moving) return here;
  const leftAt = positionMs(position) + (position === 0 ? 0 : SEQUENCE.holdMs);
  const t = smoothstep(leftAt, leftAt + SEQUENCE.moveMs, ms);
  return interpolatePoses(here, sequence[position + 1]!, t);
}

/** What a position does, in one word for its label: the motion that moves it most from neutral. */
export type PositionKind =
  | 'neutral'
  | 'nod'
  | 'flexion'
  | 'extension'
  | 'rotation-left'
  | 'rotation-right'
  | 'side-bend-left'
  | 'side-bend-right'
  | 'retraction'
  | 'protraction'
  | 'elevation'
  | 'depression'
  | 'jaw';

const upper = new Set<string>(['occiput-c1', 'c1-c2']);

/**
 * The position's kind, from the sum of each motion over its joints (degrees; the jaw's glides in
 * millimetres count as jaw): a flexion of the upper neck alone is a nod.
 */
export function positionKind(pose: Pose): PositionKind {
  const totals = new Map<string, number>();
  let lowerFlexion = 0;
  for (const joint of jointIds)
    for (const motion of motionsOf(joint)) {
      const v = valueOf(pose, joint, motion);
      if (v === 0) continue;
      const key = joint === 'temporomandibular' ? 'jaw' : motion;
      totals.set(key, (totals.get(key) ?? 0) + (key === 'jaw' ? Math.abs(v) : v));
      if (motion === 'flexion' && !upper.has(joint)) lowerFlexion += Math.abs(v);
    }
  let best: [string, number] | null = null;
  for (const entry of totals) if (!best || Math.abs(entry[1]) > Math.abs(best[1])) best = entry;
  if (!best || Math.abs(best[1]) < 0.5) return 'neutral';
  const [motion, v] = best;
  const toLeft = v > 0;
  switch (motion) {
    case 'flexion':
      return !toLeft ? 'extension' : lowerFlexion === 0 ? 'nod' : 'flexion';
    case 'rotation':
      return toLeft ? 'rotation-left' : 'rotation-right';
    case 'sideBend':
      return toLeft ? 'side-bend-left' : 'side-bend-right';
    case 'protraction':
      return toLeft ? 'protraction' : 'retraction';
    case 'elevation':
      return toLeft ? 'elevation' : 'depression';
    default:
      return 'jaw';
  }
}
