/**
 * The skeleton of the default model (optional for a clinic's model): one `joint:<body>` node per
 * rigid body of the neck that moves (`src/movement/bones.ts`), so the viewer can pose the skinned
 * meshes with the movement layer's transforms. The contract sits below `src/movement`, so the
 * bodies are spelt out here; `tests/model-contract` holds them equal to the movement layer's.
 *
 * Listed parent before child, the order of the skin's `joints` array: the still thorax, the
 * cervical vertebrae from C7 up to the atlas, the skull, the mandible, and each shoulder girdle
 * (clavicle with scapula) hanging from the thorax, and the hyoid hanging from C3 (last, so the
 * other joints keep their indices).
 */
export const skeletonJoints = [
  'thorax',
  'c7',
  'c6',
  'c5',
  'c4',
  'c3',
  'c2',
  'c1',
  'skull',
  'mandible',
  'shoulder-girdle-left',
  'shoulder-girdle-right',
  'hyoid',
] as const;
export type SkeletonJoint = (typeof skeletonJoints)[number];

/** Each joint's parent in the node hierarchy (the thorax hangs from the model's root). */
export const jointParent: Readonly<Record<SkeletonJoint, SkeletonJoint | null>> = {
  thorax: null,
  c7: 'thorax',
  c6: 'c7',
  c5: 'c6',
  c4: 'c5',
  c3: 'c4',
  c2: 'c3',
  c1: 'c2',
  skull: 'c1',
  mandible: 'skull',
  'shoulder-girdle-left': 'thorax',
  'shoulder-girdle-right': 'thorax',
  hyoid: 'c3',
};
