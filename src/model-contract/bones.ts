import { sides } from '../mapping';

/**
 * The bones of the default model, in the order the generator writes them. A clinic's model needs
 * at least one `bone:` node (zones are painted on the bones when the skin is hidden); these are
 * the names to use for the bones it has.
 */
const vertebrae = ['c1-atlas', 'c2-axis', 'c3', 'c4', 'c5', 'c6', 'c7', 't1', 't2', 't3', 't4', 't5', 't6'] as const;
const pairedBones = ['clavicle', 'scapula', 'first-rib', 'second-rib'] as const;

export const boneNames: readonly string[] = [
  'skull',
  'mandible',
  ...vertebrae,
  'hyoid',
  'manubrium',
  ...sides.flatMap((side) => pairedBones.map((bone) => `${bone}-${side}`)),
];
