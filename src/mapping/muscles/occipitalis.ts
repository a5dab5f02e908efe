import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const occipitalis: Muscle = followSurface({
  id: 'occipitalis',
  name: 'Occipitalis (occipital belly of occipitofrontalis)',
  plainName: 'Back-of-scalp muscle',
  group: 'scalp-and-face',
  layer: 1,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'inion', offsetMm: [38, 18, 6] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
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
          uncertain: true,
          strokes: [
            { radiusMm: 10, path: [{ landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [2, 0, 2] }] },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.25,
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
