import type { Side } from '../mapping';

/**
 * The rigid bodies that move: the skull, the mandible, each cervical vertebra, the thorax (the
 * upper thoracic vertebrae, sternum and ribs, which stay still: every pose is of the head, neck,
 * jaw and shoulder girdle on a still trunk) and each shoulder girdle (clavicle and scapula, which
 * turn together at the sternoclavicular joint), and the hyoid, slung in muscle below the jaw
 * (`hyoid.ts`). Every point of the anatomy is carried by one of
 * them, or by a blend of two for soft tissue between bones (`attachment-bones.ts`).
 */
export const cervicalVertebrae = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const;
export type CervicalVertebra = (typeof cervicalVertebrae)[number];

export type ShoulderGirdle = `shoulder-girdle-${Side}`;

export type Bone = 'skull' | 'mandible' | CervicalVertebra | 'thorax' | ShoulderGirdle | 'hyoid';

export const bones: readonly Bone[] = [
  'thorax',
  ...[...cervicalVertebrae].reverse(),
  'skull',
  'mandible',
  'shoulder-girdle-left',
  'shoulder-girdle-right',
  'hyoid',
];

export const shoulderGirdle = (side: Side): ShoulderGirdle => `shoulder-girdle-${side}`;
