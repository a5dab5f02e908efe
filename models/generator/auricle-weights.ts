import { smoothstep } from '../../src/mapping/vec';
import { ear } from './ear';
import { blendWeights, type BodyWeights } from './joint-weights';

/**
 * The auricle rides the skull: its cartilage is fixed to the temporal bone round the external
 * acoustic meatus. The soft-tissue field weights the skin by the bones nearest it, and the ear
 * stands 20-30 mm out from the temporal bone with the mandible's condyle just in front of it, so
 * the field gave the auricle a fifth to a quarter of the jaw (skull 0.76-0.81, mandible
 * 0.19-0.24): an opening mouth dragged the ear down and forward with it. The skin on the auricle
 * and its root takes the skull alone, fading back to its own weights within `ROOT_FADE_MM` of it.
 */
const ROOT_FADE_MM = 6;

const SKULL_ALONE: BodyWeights = new Map([['skull', 1]]);

/** The skin's weights (positions in mm) with the auricles carried by the skull. */
export function auriclesOnSkull(positionsMm: Float32Array, weights: readonly BodyWeights[]): BodyWeights[] {
  const ears = [ear(1), ear(-1)];
  return weights.map((w, v) => {
    const [x, y, z] = [positionsMm[v * 3]!, positionsMm[v * 3 + 1]!, positionsMm[v * 3 + 2]!];
    const offEar = Math.min(ears[0]!.f(x, y, z), ears[1]!.f(x, y, z));
    const onSkull = 1 - smoothstep(0, ROOT_FADE_MM, offEar);
    return onSkull > 0 ? blendWeights(w, SKULL_ALONE, onSkull) : w;
  });
}
