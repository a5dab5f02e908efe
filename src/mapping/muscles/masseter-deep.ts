import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const masseterDeep: Muscle = followSurface({
  id: 'masseter-deep',
  name: 'Masseter, deep part',
  plainName: 'Main chewing muscle (inner layer)',
  group: 'jaw',
  layer: 3,
  triggerPoints: [
    {
      id: 'upper-posterior',
      at: { landmark: 'condylion', offsetMm: [0, -8, 10] },
      sources: ['ML-MAS', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 11,
              path: [{ landmark: 'porion', offsetMm: [6, 4, 3] }, { landmark: 'condylion' }],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 13, path: [{ landmark: 'zygion', offsetMm: [0, -16, 4] }] }],
        },
      ],
    },
  ],
  clinicalFrequency: 0.35,
  refersToHead: true,
  sources: ['TS-1999', 'ML-MAS', 'ANAT'],
});
