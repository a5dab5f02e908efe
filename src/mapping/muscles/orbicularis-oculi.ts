import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const orbicularisOculi: Muscle = followSurface({
  id: 'orbicularis-oculi',
  name: 'Orbicularis oculi',
  plainName: 'Eyelid-closing muscle',
  group: 'scalp-and-face',
  layer: 1,
  triggerPoints: [
    {
      id: 'upper-lid',
      at: { landmark: 'supraorbitale', offsetMm: [0, -6, 2] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
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
  clinicalFrequency: 0.1,
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
