import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const semispinalisCervicisMultifidi: Muscle = followSurface({
  id: 'semispinalis-cervicis-multifidi',
  name: 'Semispinalis cervicis and multifidi',
  plainName: 'Deep spine muscles of the neck',
  group: 'posterior-neck',
  layer: 4,
  triggerPoints: [
    {
      id: 'c4-c5',
      at: { landmark: 'axis-spinous', toward: 'cervicale', t: 0.4, offsetMm: [12, 0, 16] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          uncertain: true,
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'inion', offsetMm: [8, -16, 4] },
                { landmark: 'inion', offsetMm: [32, -22, 12] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          uncertain: true,
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'inion', offsetMm: [14, -4, 2] },
                { landmark: 'inion', toward: 'opisthocranion', t: 0.7, offsetMm: [12, 0, 0] },
              ],
            },
            {
              radiusMm: 14,
              path: [
                { landmark: 'inion', toward: 'cervicale', t: 0.3, offsetMm: [12, 0, 4] },
                { landmark: 'cervicale', offsetMm: [12, 4, 0] },
                { landmark: 'cervicale', offsetMm: [6, -4, 0] },
                { landmark: 'cervicale', offsetMm: [48, -40, -4] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.3,
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
