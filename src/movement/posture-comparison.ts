import { LENGTH_CHANGE_PERCENT } from './length-changes';
import { craniovertebralAngle } from './measures';
import { lengthsInPose, type MuscleLength } from './muscle-length';
import { postures } from './posture';

/*
 * The craniovertebral angle of each posture and the muscles the forward posture shortens and
 * lengthens, computed from their lengths (never listed by hand). Apart from the postures
 * themselves (`posture.ts`, which the store reads at start): the muscle lengths behind it load
 * with the posture view, not before the first frame.
 */

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
    shortened: forward.filter((m) => m.percent < 100 - LENGTH_CHANGE_PERCENT).sort((a, b) => a.percent - b.percent),
    lengthened: forward.filter((m) => m.percent > 100 + LENGTH_CHANGE_PERCENT).sort((a, b) => b.percent - a.percent),
  };
}
