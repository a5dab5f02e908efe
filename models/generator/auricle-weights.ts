import { smoothstep } from '../../src/mapping/vec';
import { ear } from './ear';
import { bilateral } from './sdf';
import { blendWeights, type BodyWeights } from './joint-weights';

/**
 * The auricle rides the skull: its cartilage is fixed to the temporal bone round the external
 * acoustic meatus. The soft-tissue field weights the skin by the bones nearest it, and the ear
 * stands 20-30 mm out from the temporal bone with the mandible's condyle just in front of it, so
 * the field gave the auricle a fifth to a quarter of the jaw (skull 0.75-0.82, mandible
 * 0.18-0.25): an opening mouth dragged the ear down and forward with it. The skin on the auricle
 * and its root takes the skull alone, fading back to its own weights within `ROOT_FADE_MM` of it.
 */
const ROOT_FADE_MM = 6;

const SKULL_ALONE: BodyWeights = new Map([['skull', 1]]);

/** The skin's weights (positions in mm) with the auricles carried by the skull. */
export function auriclesOnSkull(positionsMm: Float32Array, weights: readonly BodyWeights[]): BodyWeights[] {
  const ears = bilateral(ear);
  return weights.map((w, v) => {
    const offEar = ears.f(positionsMm[v * 3]!, positionsMm[v * 3 + 1]!, positionsMm[v * 3 + 2]!);
    const onSkull = 1 - smoothstep(0, ROOT_FADE_MM, offEar);
    return onSkull > 0 ? blendWeights(w, SKULL_ALONE, onSkull) : w;
  });
}
