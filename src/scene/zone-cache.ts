import { referralWeights, type MuscleId, type Side } from '../mapping';
import type { Surface } from './prepare-model';

/** Enough for a therapist flicking between a handful of candidates without recomputing. */
const KEEP = 12;
const caches = new WeakMap<Surface, Map<string, Float32Array>>();

/**
 * Zone weights of one muscle on one surface, from the mapping module, remembered so that
 * hovering back and forth over candidates costs a copy rather than a recomputation.
 */
export function zoneWeights(surface: Surface, muscleId: MuscleId, side: Side): Float32Array {
  let cache = caches.get(surface);
  if (!cache) caches.set(surface, (cache = new Map()));
  const key = `${muscleId}:${side}`;
  let weights = cache.get(key);
  if (weights) {
    cache.delete(key);
  } else {
    weights = referralWeights(muscleId, side, surface.positions);
    if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, weights); // most recent last
  return weights;
}
