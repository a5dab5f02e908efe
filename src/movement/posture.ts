import type { SourceId } from '../mapping';
import type { AdviceId } from '../clinic/self-care';
import { craniovertebralAngle } from './measures';
import { lengthsInPose, type MuscleLength } from './muscle-length';
import { namedPoses } from './poses';

/**
 * Neutral and forward head posture side by side: the craniovertebral angle of each, and the
 * muscles the forward posture shortens and lengthens, computed from their lengths (never listed by
 * hand), with the clinic's advice on the work station, the phone and the car.
 */
export const postures = {
  neutral: namedPoses.neutral,
  'forward-head-posture': namedPoses['forward-head-posture'],
} as const;

export type PostureId = keyof typeof postures;
export const postureIds = Object.keys(postures) as PostureId[];

/** A change smaller than this (per cent of rest) counts as no change. */
export const POSTURE_CHANGE_PERCENT = 3;

export interface PostureComparison {
  readonly craniovertebralAngle: { readonly neutral: number; readonly forwardHead: number };
  /** Muscles of the left side (the posture is symmetric), most shortened first. */
  readonly shortened: readonly MuscleLength[];
  /** Muscles of the left side, most lengthened first. */
  readonly lengthened: readonly MuscleLength[];
}

export function comparePostures(): PostureComparison {
  const forward = lengthsInPose(postures['forward-head-posture']).filter((m) => m.side === 'left');
  return {
    craniovertebralAngle: {
      neutral: craniovertebralAngle(postures.neutral),
      forwardHead: craniovertebralAngle(postures['forward-head-posture']),
    },
    shortened: forward.filter((m) => m.percent < 100 - POSTURE_CHANGE_PERCENT).sort((a, b) => a.percent - b.percent),
    lengthened: forward.filter((m) => m.percent > 100 + POSTURE_CHANGE_PERCENT).sort((a, b) => b.percent - a.percent),
  };
}

/** The clinic's advice on the work station, the phone and the car that goes with the posture view. */
export const POSTURE_ADVICE: readonly AdviceId[] = [
  'screen-at-eye-level',
  'armrests-phone-bags',
  'car-posture',
  'movement-breaks',
];
export const POSTURE_SOURCES: readonly SourceId[] = ['FdlP-H2006', 'WT-1993'];
