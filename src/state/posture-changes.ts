import { comparePostures, type PostureComparison } from '../movement';

let cached: PostureComparison | null = null;

/**
 * `comparePostures` computed once: the posture panel reads it each time it draws, and the muscle
 * lengths behind it are paid for once.
 */
export function postureChanges(): PostureComparison {
  cached ??= comparePostures();
  return cached;
}
