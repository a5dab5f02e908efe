import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const frontalis: Muscle = followSurface({
  id: 'frontalis',
  name: 'Frontalis (frontal belly of occipitofrontalis)',
  plainName: 'Forehead muscle',
  group: 'scalp-and-face',
  layer: 1,
  origin: 'Galea aponeurotica',
  insertion: 'Skin of the eyebrow and the root of the nose',
  innervation: 'Temporal branches of the facial nerve (CN VII)',
  action: 'Raises the eyebrows and wrinkles the forehead',
  referralSummary:
    'Locally over the forehead on the same side, spreading upward from the eyebrow to the upper forehead',
  triggerPoints: [
    {
      id: 'medial',
      name: 'Trigger point above the medial eyebrow',
      location: 'Just above the medial part of the eyebrow, in the belly of the muscle',
      at: { landmark: 'supraorbitale', offsetMm: [-10, 14, 0] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'Locally, spreading upward over the forehead on the same side to the upper midline forehead',
          uncertain: true,
          strokes: [
            {
              radiusMm: 15,
              path: [
                { landmark: 'supraorbitale', offsetMm: [-8, 12, 0] },
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.6, offsetMm: [4, 10, 0] },
                { landmark: 'metopion', offsetMm: [8, 16, -6] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Forehead headache', tags: ['pain'] },
    { text: 'A tired, heavy brow with eye strain', tags: ['vision-eye'] },
  ],
  perpetuatingFactors: [
    'Habitual frowning or raising the brows',
    'Eye strain from uncorrected sight, glare or a screen too far or too dim',
    'Emotional stress',
    'Trigger points in the clavicular sternocleidomastoid, of which it is often a satellite',
  ],
  clinicalFrequency: 0.2,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'The trigger point and zone are recalled from the trigger point manual and not yet checked against a cited page.',
});
