import type { Muscle, ReferralZone, Symptom } from '../types';

/**
 * The suboccipital muscles lie too close together to be told apart by palpation, and the
 * sources give one referral pattern for the group; each of the four muscles uses it.
 */
export const suboccipitalZones: readonly ReferralZone[] = [
  {
    level: 'essential',
    description:
      'A deep, poorly localised ache at the base of the skull, spreading from the occiput forward along the ' +
      'side of the head to the orbit and forehead; felt most at the base of the skull, least toward the eye',
    strokes: [
      // The core, where patients press: just below the occipital bone beside the midline, and the occiput.
      {
        radiusMm: 13,
        path: [
          { landmark: 'inion', offsetMm: [4, -14, 4] },
          { landmark: 'inion', offsetMm: [30, -18, 8] },
        ],
      },
      { radiusMm: 18, path: [{ landmark: 'inion', offsetMm: [14, 10, 0] }] },
      {
        radiusMm: 13,
        path: [
          { landmark: 'inion', offsetMm: [16, 6, 0] },
          { landmark: 'asterion', offsetMm: [0, 22, 0] },
          { landmark: 'euryon', offsetMm: [0, -14, 18] },
        ],
      },
      // Forward to the eye the ache is deep and vague: it answers there, below a sharply felt core.
      {
        radiusMm: 13,
        peak: 0.45,
        path: [
          { landmark: 'euryon', offsetMm: [0, -14, 18] },
          { landmark: 'pterion', offsetMm: [0, 12, 4] },
          { landmark: 'supraorbitale', offsetMm: [4, 10, -4] },
        ],
      },
      {
        radiusMm: 11,
        peak: 0.45,
        path: [{ landmark: 'orbitale', toward: 'supraorbitale', t: 0.55, offsetMm: [4, 0, 0] }],
      },
    ],
  },
  {
    level: 'spillover',
    description: 'The temple, and a band-like tightness over the side of the head, above the ear',
    strokes: [
      {
        radiusMm: 16,
        path: [
          { landmark: 'asterion', offsetMm: [0, 36, 0] },
          { landmark: 'euryon', offsetMm: [0, 0, 6] },
          { landmark: 'pterion', offsetMm: [0, 2, -6] },
        ],
      },
    ],
  },
];

export const suboccipitalSymptoms: readonly Symptom[] = [
  { text: 'Deep headache at the base of the skull spreading to the side of the head and the eye', tags: ['pain'] },
  { text: 'A band-like feeling round the head', tags: ['pain'] },
  { text: 'Pain lying with the back of the head on a pillow', tags: ['pain'] },
  { text: 'Limited nodding of the head', tags: ['stiffness'] },
];

export const suboccipitalPerpetuatingFactors: readonly string[] = [
  'Chin-poke (forward head) posture',
  'A computer screen set too high, or glasses that make the wearer tip the head back to see',
  'Chilling of the back of the neck, e.g. an air-conditioning draught or an open car window',
  'Long spells of looking up',
  'Stress held as tension at the base of the skull',
];

export const suboccipitalFrequencyNote =
  'In a small study of chronic tension-type headache, suboccipital trigger points were the most frequent ' +
  'finding, in 12 of 13 women [FdlP-JBMT2010]; in children with the same headache they had the largest ' +
  'referred pain areas [FdlP-JHP2011]. The studies show that they are often present, not that they cause ' +
  'the headache. They treat the group as one; the split between the four muscles is an estimate.';

export const suboccipitalSources = ['TS-1999', 'GAT', 'DC-PC', 'FdlP-JBMT2010', 'FdlP-JHP2011', 'ANAT'] as const;

/** What the four suboccipital entries share: the sources describe them as one group. */
export const suboccipitalGroup = {
  referralSummary:
    'A deep ache at the base of the skull, spreading forward along the side of the head to the eye and ' +
    'forehead, often felt as a band; sometimes the temple',
  symptoms: suboccipitalSymptoms,
  perpetuatingFactors: suboccipitalPerpetuatingFactors,
  frequencyNote: suboccipitalFrequencyNote,
  refersToHead: true,
  sources: suboccipitalSources,
} satisfies Partial<Muscle>;
