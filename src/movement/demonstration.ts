import { smoothstep } from '../mapping/vec';
import { interpolatePoses, NEUTRAL, type Pose } from './pose';

/**
 * A demonstration's timeline: from neutral into the end position, a hold there, and back. The
 * hold shown is a few seconds, not the 30 s of a real stretch (the words say how long to hold it);
 * each move eases in and out, as a patient moves slowly into and out of a stretch.
 */
export const DEMONSTRATION = { intoMs: 2500, holdMs: 3000, backMs: 2500 } as const;

/** The whole demonstration's length. */
export const DEMONSTRATION_MS = DEMONSTRATION.intoMs + DEMONSTRATION.holdMs + DEMONSTRATION.backMs;

/** The moment the end position is first reached, where a still picture of it is shown. */
export const END_POSITION_MS = DEMONSTRATION.intoMs;

export type DemonstrationPhase = 'into' | 'hold' | 'back' | 'done';

/** Where in the demonstration `ms` falls (before it counts as its start). */
export function demonstrationPhase(ms: number): DemonstrationPhase {
  if (ms < DEMONSTRATION.intoMs) return 'into';
  if (ms < DEMONSTRATION.intoMs + DEMONSTRATION.holdMs) return 'hold';
  return ms < DEMONSTRATION_MS ? 'back' : 'done';
}

/** How far from neutral toward the end position the demonstration is at `ms` (0 to 1, eased). */
export function demonstrationFraction(ms: number): number {
  const { intoMs, holdMs, backMs } = DEMONSTRATION;
  if (!(ms > 0)) return 0;
  if (ms < intoMs) return smoothstep(0, intoMs, ms);
  if (ms <= intoMs + holdMs) return 1;
  return 1 - smoothstep(intoMs + holdMs, intoMs + holdMs + backMs, ms);
}

/** The pose at `ms` of a demonstration that ends in `end`. */
export const demonstrationPose = (end: Pose, ms: number): Pose =>
  interpolatePoses(NEUTRAL, end, demonstrationFraction(ms));
