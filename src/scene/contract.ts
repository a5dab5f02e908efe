import { landmarks, muscles, sides } from '../mapping';

/**
 * The node-name contract of models/README.md: a clinic's own model must name its parts like
 * ours for the viewer to find them. Pure string work so it can be tested without WebGL.
 */
export const SKIN = 'skin';
export const BONE_PREFIX = 'bone:';
export const MUSCLE_PREFIX = 'muscle:';
export const LANDMARK_PREFIX = 'landmark:';

export function expectedNodeNames(): string[] {
  const names = [SKIN];
  for (const m of muscles) for (const side of sides) names.push(`${MUSCLE_PREFIX}${m.id}:${side}`);
  for (const name of Object.keys(landmarks)) names.push(`${LANDMARK_PREFIX}${name}`);
  return names;
}

/** Names the contract asks for that are absent, in plain words for the user. */
export function missingFromContract(present: Iterable<string>): string[] {
  const have = new Set(present);
  const missing = expectedNodeNames().filter((n) => !have.has(n));
  if (![...have].some((n) => n.startsWith(BONE_PREFIX))) missing.unshift(`${BONE_PREFIX}<name> (no bones at all)`);
  return missing;
}

/** `muscle:upper-trapezius:left` -> its id and side, or null for any other node. */
export function parseMuscleNode(name: string): { muscleId: string; side: 'left' | 'right' } | null {
  const match = /^muscle:([a-z0-9-]+):(left|right)$/.exec(name);
  return match ? { muscleId: match[1]!, side: match[2] as 'left' | 'right' } : null;
}
