import type { MuscleId } from '../mapping';
import { comparePostures, type PostureComparison } from '../movement';

export interface PostureChanges extends PostureComparison {
  /** The muscles forward head posture shortens and lengthens, by id (both sides: the posture is symmetric). */
  readonly shortenedIds: ReadonlySet<MuscleId>;
  readonly lengthenedIds: ReadonlySet<MuscleId>;
}

let cached: PostureChanges | null = null;

/**
 * `comparePostures` computed once: the panel's list and the scene's colours read the same
 * figures, and neither pays for the muscle lengths twice.
 */
export function postureChanges(): PostureChanges {
  if (!cached) {
    const c = comparePostures();
    cached = {
      ...c,
      shortenedIds: new Set(c.shortened.map((m) => m.id)),
      lengthenedIds: new Set(c.lengthened.map((m) => m.id)),
    };
  }
  return cached;
}
