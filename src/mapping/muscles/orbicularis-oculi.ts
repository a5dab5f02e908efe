import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const orbicularisOculi: Muscle = followSurface({
  id: 'orbicularis-oculi',
  name: 'Orbicularis oculi',
  plainName: 'Eyelid-closing muscle',
  group: 'scalp-and-face',
  layer: 1,
  origin: 'Nasal part of the frontal bone, frontal process of the maxilla and the medial palpebral ligament',
  insertion: 'Circles the orbit and runs into the eyelids and the lateral palpebral raphe',
  innervation: 'Temporal and zygomatic branches of the facial nerve (CN VII)',
  action: 'Closes the eyelids, gently in blinking and tightly in squeezing',
  referralSummary:
    'Above the eyebrow and down over the bridge of the nose; sometimes the side of the nose to the upper lip',
  triggerPoints: [
    {
      id: 'upper-lid',
      name: 'Trigger point in the upper-lid fibres',
      location: 'In the upper-lid fibres just below the eyebrow, over the upper rim of the orbit',
      at: { landmark: 'supraorbitale', offsetMm: [0, -6, 2] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'Just above the eyebrow and down over the bridge of the nose',
          uncertain: true,
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'supraorbitale', offsetMm: [6, 9, -4] },
                { landmark: 'supraorbitale', offsetMm: [-20, 6, 2] },
                { landmark: 'nasion', offsetMm: [5, -10, 4] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'Down the side of the nose to the upper lip',
          uncertain: true,
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'nasion', offsetMm: [10, -16, 2] },
                { landmark: 'prosthion', offsetMm: [10, 14, 4] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Pain around the eye and nose on squinting', tags: ['pain'] },
    { text: 'Twitching of the eyelid', tags: ['eyelid-twitch'] },
  ],
  perpetuatingFactors: ['Squinting in glare or at a poorly lit screen', 'Uncorrected sight', 'Frowning under stress'],
  clinicalFrequency: 0.1,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'Recalled from the trigger point manual and not yet checked against a cited page: the trigger point and ' +
    'zones are plausible but unverified.',
});
