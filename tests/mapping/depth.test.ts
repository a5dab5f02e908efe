import { describe, expect, it } from 'vitest';
import { getMuscle, type MuscleId } from '../../src/mapping';
import { attachments } from '../../src/mapping/attachments';

const layer = (id: MuscleId): number => getMuscle(id)!.layer;

/** Each list runs from the skin toward the bone (Gray's, Netter); a list within a list lies side by side. */
const orders: Record<string, readonly (readonly MuscleId[])[]> = {
  'posterior neck': [
    ['upper-trapezius'],
    ['splenius-capitis', 'splenius-cervicis', 'levator-scapulae'],
    ['semispinalis-capitis'],
    [
      'semispinalis-cervicis-multifidi',
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
    ],
  ],
  'side of the neck': [
    ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'],
    ['scalene-anterior', 'scalene-middle', 'scalene-posterior'],
  ],
  // The posterior digastric is covered by the sternocleidomastoid and, at the mastoid, the splenius.
  'front of the neck': [['platysma'], ['digastric-anterior'], ['digastric-posterior']],
  // The temporalis inserts on the coronoid under both parts of the masseter.
  jaw: [['masseter-superficial'], ['masseter-deep', 'temporalis'], ['lateral-pterygoid', 'medial-pterygoid']],
  face: [
    ['zygomaticus-major', 'orbicularis-oculi', 'frontalis', 'occipitalis'],
    ['masseter-superficial'],
    ['buccinator'],
  ],
};

describe('muscle depth (Muscle.layer)', () => {
  it.each(Object.entries(orders))('follows the anatomy of the %s, skin to bone', (_region, order) => {
    order.forEach((same, i) => {
      for (const id of same) expect(layer(id), id).toBe(layer(same[0]!));
      if (i > 0)
        expect(layer(same[0]!), `${same[0]} under ${order[i - 1]![0]}`).toBeGreaterThan(layer(order[i - 1]![0]!));
    });
  });

  it('puts the pterygoids and the suboccipitals in the deep peel layer (4)', () => {
    for (const id of ['lateral-pterygoid', 'medial-pterygoid', 'rectus-capitis-posterior-minor'] as const)
      expect(layer(id), id).toBe(4);
  });

  it('agrees with the generator: only first-layer muscles follow the skin', () => {
    for (const [id, att] of Object.entries(attachments) as [MuscleId, (typeof attachments)[MuscleId]][]) {
      expect(att.underSkinMm !== undefined, id).toBe(layer(id) === 1);
    }
  });
});
