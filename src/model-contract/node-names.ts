import { isMuscleId, sides, type MuscleId, type Side } from '../mapping';

/**
 * How a model names its parts (models/README.md describes it for people; this file is the
 * source of truth). The generator writes these names, the viewer finds its meshes by them and
 * the model tests check them. Each kind of node has a prefix and a builder here; a new kind of
 * part (a nerve, a vessel) is one more prefix, builder and line in `nodeNamePattern`.
 */

/** The one untransformed root node every other node hangs from, so model space is world space. */
export const ROOT_NODE = 'head-neck';
/** Head, neck and shoulders as one closed mesh. */
export const SKIN_NODE = 'skin';
export const BONE_PREFIX = 'bone:';
export const MUSCLE_PREFIX = 'muscle:';
export const LANDMARK_PREFIX = 'landmark:';
/**
 * Anatomy drawn around the muscles so the model reads whole (larynx, trachea, eyes, the facial
 * and infrahyoid muscles the catalogue has no trigger points for): named on hover, never a
 * trigger-point muscle. Kebab-case, ending in `-left`/`-right` when paired.
 */
export const CONTEXT_PREFIX = 'context:';
/**
 * A joint of the skeleton that poses the skinned meshes (optional): one per rigid body of
 * `joints.ts`, e.g. `joint:c4`, `joint:shoulder-girdle-left`.
 */
export const JOINT_PREFIX = 'joint:';

/** Bone names, like paired landmarks, are lower-case kebab-case and end in `-left`/`-right` when paired. */
const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SIDE = `(?:${sides.join('|')})`;

/** `skull` -> `bone:skull`. */
export const boneNode = (bone: string): string => `${BONE_PREFIX}${bone}`;
/** `upper-trapezius`, left -> `muscle:upper-trapezius:left`. */
export const muscleNode = (muscleId: MuscleId, side: Side): string => `${MUSCLE_PREFIX}${muscleId}:${side}`;
/** `porion-left` -> `landmark:porion-left`: an empty node at the landmark. */
export const landmarkNode = (landmark: string): string => `${LANDMARK_PREFIX}${landmark}`;

/** `thyroid-cartilage` -> `context:thyroid-cartilage`. */
export const contextNode = (part: string): string => `${CONTEXT_PREFIX}${part}`;

/** `c4` -> `joint:c4`: the skeleton's joint that carries the fourth cervical vertebra. */
export const jointNode = (body: string): string => `${JOINT_PREFIX}${body}`;

/** Every name a node of a contract model may have. */
export const nodeNamePattern = new RegExp(
  `^(?:${ROOT_NODE}|${SKIN_NODE}|${BONE_PREFIX}${KEBAB}|${MUSCLE_PREFIX}${KEBAB}:${SIDE}|${LANDMARK_PREFIX}${KEBAB}` +
    `|${CONTEXT_PREFIX}${KEBAB}|${JOINT_PREFIX}${KEBAB})$`,
);

const contextNodePattern = new RegExp(`^${CONTEXT_PREFIX}(${KEBAB})$`);

const muscleNodePattern = new RegExp(`^${MUSCLE_PREFIX}(${KEBAB}):(${SIDE})$`);

/**
 * `muscle:upper-trapezius:left` -> its id and side; null for any other node, and for a muscle the
 * catalogue does not know (the viewer has no pattern, name or layer to show for it).
 */
export function parseMuscleNode(name: string): { muscleId: MuscleId; side: Side } | null {
  const match = muscleNodePattern.exec(name);
  if (!match || !isMuscleId(match[1])) return null;
  return { muscleId: match[1], side: match[2] as Side };
}

/** `joint:c4` -> `c4`; null for any other node. */
export function parseJointNode(name: string): string | null {
  return name.startsWith(JOINT_PREFIX) ? name.slice(JOINT_PREFIX.length) : null;
}

/** `landmark:porion-left` -> `porion-left`; null for any other node. */
export function parseLandmarkNode(name: string): string | null {
  return name.startsWith(LANDMARK_PREFIX) ? name.slice(LANDMARK_PREFIX.length) : null;
}

/**
 * `context:eye-left` -> the part (`eye`) and its side; `context:trachea` -> `trachea`, no side.
 * Null for any other node, and for a context name that is not kebab-case.
 */
export function parseContextNode(name: string): { part: string; side: Side | null } | null {
  const match = contextNodePattern.exec(name);
  if (!match) return null;
  const paired = /^(.+)-(left|right)$/.exec(match[1]!);
  return paired ? { part: paired[1]!, side: paired[2] as Side } : { part: match[1]!, side: null };
}
