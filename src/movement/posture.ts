import type { SourceId } from '../mapping';
import type { AdviceId } from '../clinic/self-care';
import { namedPoses } from './poses';

/**
 * Neutral and forward head posture side by side, with the clinic's advice on the work station,
 * the phone and the car. What the forward posture does to the muscles is worked out in
 * `posture-comparison.ts`, which the posture view loads when it opens.
 */
export const postures = {
  neutral: namedPoses.neutral,
  'forward-head-posture': namedPoses['forward-head-posture'],
} as const;

export type PostureId = keyof typeof postures;
export const postureIds = Object.keys(postures) as PostureId[];

/** The clinic's advice on the work station, the phone and the car that goes with the posture view. */
export const POSTURE_ADVICE: readonly AdviceId[] = [
  'screen-at-eye-level',
  'armrests-phone-bags',
  'car-posture',
  'movement-breaks',
];
export const POSTURE_SOURCES: readonly SourceId[] = ['FdlP-H2006', 'WT-1993'];
