import { landmarks, muscles, sides } from '../mapping';
import { skeletonJoints } from './joints';
import { BONE_PREFIX, jointNode, landmarkNode, muscleNode, SKIN_NODE } from './node-names';

/**
 * The nodes the viewer cannot do without: the skin, every catalogue muscle on both sides and an
 * empty at every landmark. Bones are asked for only as "at least one" (see `missingFromContract`).
 */
export function expectedNodeNames(): string[] {
  const names = [SKIN_NODE];
  for (const m of muscles) for (const side of sides) names.push(muscleNode(m.id, side));
  for (const name of Object.keys(landmarks)) names.push(landmarkNode(name));
  return names;
}

/** Names the contract asks for that are absent, in plain words for the user. */
export function missingFromContract(present: Iterable<string>): string[] {
  const have = new Set(present);
  const missing = expectedNodeNames().filter((n) => !have.has(n));
  if (![...have].some((n) => n.startsWith(BONE_PREFIX))) missing.unshift(`${BONE_PREFIX}<name> (no bones at all)`);
  return missing;
}

/**
 * The skeleton's `joint:` nodes a model lacks. The skeleton is optional (a clinic's model may have
 * none), but a model can take a pose only with all of them: a stretch shown on a model missing
 * one would leave part of the head behind. Empty: the model can be posed.
 */
export function missingJoints(present: Iterable<string>): string[] {
  const have = new Set(present);
  return skeletonJoints.map(jointNode).filter((n) => !have.has(n));
}
