import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const frontalis: Muscle = followSurface({
  id: 'frontalis',
  name: 'Frontalis (frontal belly of occipitofrontalis)',
  plainName: 'Forehead muscle',
  group: 'scalp-and-face',
  layer: 1,
  triggerPoints: [
    {
      id: 'medial',
      at: { landmark: 'supraorbitale', offsetMm: [-10, 14, 0] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
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
  clinicalFrequency: 0.2,
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
