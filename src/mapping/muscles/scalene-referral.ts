import type { Muscle, ReferralZone } from '../types';

/**
 * The scalenes send pain to the chest, the arm and hand and the inner edge of the shoulder
 * blade, almost all of it below the lower edge of a head-and-neck model. The strokes here mark
 * only where each zone meets the model (the root of the neck and the top of the shoulder
 * blade); the descriptions (`../stories/scalene.ts`) carry the full pattern.
 */
export const scaleneZones: readonly ReferralZone[] = [
  {
    level: 'essential',
    uncertain: true,
    strokes: [{ radiusMm: 8, path: [{ landmark: 'jugular-notch', offsetMm: [45, -18, -6] }] }],
  },
  {
    level: 'essential',
    uncertain: true,
    strokes: [
      {
        radiusMm: 9,
        path: [
          { landmark: 'cervicale', offsetMm: [44, -36, -6] },
          { landmark: 'cervicale', offsetMm: [48, -60, -8] },
        ],
      },
    ],
  },
];

/** What the three scalene entries share: one referral pattern and one clinical story. */
export const scaleneGroup = {
  clinicalFrequency: 0.1,
  refersToHead: false,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
} satisfies Partial<Muscle>;
