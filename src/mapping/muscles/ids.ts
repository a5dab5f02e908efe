/**
 * Every muscle of the catalogue by its id, in the order of the lists in the viewer: group by
 * group, superficial layers first. The ids are stable kebab-case: they are part of the model's
 * node-name contract (`muscle:<id>:<side>`) and of shared links, so rename one only with a
 * migration. This list is the home of the `MuscleId` type: a mistyped id does not compile.
 */
export const muscleIds = [
  // Posterior neck
  'upper-trapezius',
  'lower-trapezius',
  'splenius-capitis',
  'levator-scapulae',
  'splenius-cervicis',
  'semispinalis-capitis',
  'semispinalis-cervicis-multifidi',
  // Suboccipital
  'rectus-capitis-posterior-major',
  'rectus-capitis-posterior-minor',
  'obliquus-capitis-superior',
  'obliquus-capitis-inferior',
  // Lateral neck
  'sternocleidomastoid-sternal',
  'sternocleidomastoid-clavicular',
  'scalene-anterior',
  'scalene-middle',
  'scalene-posterior',
  // Anterior neck
  'platysma',
  'digastric-anterior',
  'digastric-posterior',
  'longus-colli',
  'longus-capitis',
  // Jaw
  'masseter-superficial',
  'temporalis',
  'masseter-deep',
  'lateral-pterygoid',
  'medial-pterygoid',
  // Scalp and face
  'frontalis',
  'occipitalis',
  'orbicularis-oculi',
  'zygomaticus-major',
  'buccinator',
  'superior-oblique',
] as const;

export type MuscleId = (typeof muscleIds)[number];

const known: ReadonlySet<string> = new Set(muscleIds);

/** For ids from outside: links, embed messages, a clinic model's node names, translations. */
export function isMuscleId(value: unknown): value is MuscleId {
  return typeof value === 'string' && known.has(value);
}
