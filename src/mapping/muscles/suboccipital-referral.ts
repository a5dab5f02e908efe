import type { Muscle, ReferralZone } from '../types';

/**
 * The suboccipital muscles lie too close together to be told apart by palpation, and the
 * sources give one referral pattern for the group; each of the four muscles uses it (its words
 * are in `../stories/suboccipital.ts`).
 */
export const suboccipitalZones: readonly ReferralZone[] = [
  {
    level: 'essential',
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

export const suboccipitalSources = ['TS-1999', 'GAT', 'DC-PC', 'FdlP-JBMT2010', 'FdlP-JHP2011', 'ANAT'] as const;

/** What the four suboccipital entries share: the sources describe them as one group. */
export const suboccipitalGroup = {
  refersToHead: true,
  sources: suboccipitalSources,
} satisfies Partial<Muscle>;
