import type { MuscleStory, Symptom } from '../types';

/** The words of the suboccipitals' one pattern (`../muscles/suboccipital-referral.ts`), zone by zone. */
export const suboccipitalZoneWords: readonly string[] = [
  'A deep, poorly localised ache at the base of the skull, spreading from the occiput forward along the ' +
    'side of the head to the orbit and forehead; felt most at the base of the skull, least toward the eye',
  'The temple, and a band-like tightness over the side of the head, above the ear',
];

const suboccipitalSymptoms: readonly Symptom[] = [
  { text: 'Deep headache at the base of the skull spreading to the side of the head and the eye', tags: ['pain'] },
  { text: 'A band-like feeling round the head', tags: ['pain'] },
  { text: 'Pain lying with the back of the head on a pillow', tags: ['pain'] },
  { text: 'Limited nodding of the head', tags: ['stiffness'] },
];

const suboccipitalPerpetuatingFactors: readonly string[] = [
  'Chin-poke (forward head) posture',
  'A computer screen set too high, or glasses that make the wearer tip the head back to see',
  'Chilling of the back of the neck, e.g. an air-conditioning draught or an open car window',
  'Long spells of looking up',
  'Stress held as tension at the base of the skull',
];

const suboccipitalFrequencyNote =
  'In a small study of chronic tension-type headache, suboccipital trigger points were the most frequent ' +
  'finding, in 12 of 13 women [FdlP-JBMT2010]; in children with the same headache they had the largest ' +
  'referred pain areas [FdlP-JHP2011]. The studies show that they are often present, not that they cause ' +
  'the headache. They treat the group as one; the split between the four muscles is an estimate.';

/** What the four suboccipital stories share: the sources describe them as one group. */
export const suboccipitalStory = {
  referralSummary:
    'A deep ache at the base of the skull, spreading forward along the side of the head to the eye and ' +
    'forehead, often felt as a band; sometimes the temple',
  symptoms: suboccipitalSymptoms,
  perpetuatingFactors: suboccipitalPerpetuatingFactors,
  frequencyNote: suboccipitalFrequencyNote,
} satisfies Partial<MuscleStory>;
