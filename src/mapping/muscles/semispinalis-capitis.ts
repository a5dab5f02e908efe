import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const semispinalisCapitis: Muscle = followSurface({
  id: 'semispinalis-capitis',
  name: 'Semispinalis capitis',
  plainName: 'Deep back-of-head muscle',
  group: 'posterior-neck',
  layer: 3,
  triggerPoints: [
    {
      id: 'upper',
      at: { landmark: 'inion', offsetMm: [25, -14, 8] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          uncertain: true,
          strokes: [
            {
              radiusMm: 10,
              path: [
                { landmark: 'inion', offsetMm: [20, 14, 2] },
                { landmark: 'asterion', offsetMm: [0, 28, 0] },
                { landmark: 'euryon', offsetMm: [0, -8, 24] },
                { landmark: 'pterion', offsetMm: [0, 8, 0] },
              ],
            },
            {
              radiusMm: 15,
              path: [
                { landmark: 'pterion', offsetMm: [0, 6, -4] },
                { landmark: 'frontotemporale', offsetMm: [0, -4, 0] },
                { landmark: 'supraorbitale', offsetMm: [2, 12, 0] },
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.35, offsetMm: [0, 8, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          uncertain: true,
          strokes: [
            { radiusMm: 18, path: [{ landmark: 'inion', toward: 'opisthocranion', t: 0.6, offsetMm: [18, 0, 0] }] },
          ],
        },
      ],
    },
    {
      id: 'mid',
      at: { landmark: 'inion', toward: 'cervicale', t: 0.3, offsetMm: [16, 0, 6] },
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
                { landmark: 'inion', offsetMm: [14, 8, 0] },
                { landmark: 'lambda', offsetMm: [18, 0, 0] },
                { landmark: 'vertex', offsetMm: [16, -21, -31] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.45,
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
