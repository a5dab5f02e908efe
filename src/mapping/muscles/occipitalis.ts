import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const occipitalis: Muscle = followSurface({
  id: 'occipitalis',
  name: 'Occipitalis (occipital belly of occipitofrontalis)',
  plainName: 'Back-of-scalp muscle',
  group: 'scalp-and-face',
  layer: 1,
  origin: 'Lateral two thirds of the superior nuchal line and the mastoid part of the temporal bone',
  insertion: 'Galea aponeurotica',
  innervation: 'Posterior auricular branch of the facial nerve (CN VII)',
  action: 'Pulls the scalp backward',
  referralSummary: 'The back and side of the back of the head; sometimes through the head to behind the eye',
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location: 'In the belly just above the superior nuchal line, about 4 cm from the midline',
      at: { landmark: 'inion', offsetMm: [38, 18, 6] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'The posterolateral back of the head on the same side',
          uncertain: true,
          strokes: [
            {
              radiusMm: 16,
              path: [
                { landmark: 'inion', offsetMm: [22, 20, 0] },
                { landmark: 'asterion', toward: 'lambda', t: 0.25 },
                { landmark: 'asterion', toward: 'lambda', t: 0.7, offsetMm: [8, 0, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'Felt through the head to behind the eye',
          uncertain: true,
          strokes: [
            { radiusMm: 10, path: [{ landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [2, 0, 2] }] },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Cannot rest the back of the head on a pillow', tags: ['pain'] },
    { text: 'Headache at the back of the head', tags: ['pain'] },
    { text: 'Eye strain', tags: ['vision-eye'] },
  ],
  perpetuatingFactors: [
    'Eye strain, e.g. uncorrected sight or glare',
    'Habitual raising of the brows and frowning',
    'Emotional stress',
  ],
  clinicalFrequency: 0.25,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'The trigger point and zones are recalled from the trigger point manual and not yet checked against a ' +
    'cited page.',
});
