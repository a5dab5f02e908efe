import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const buccinator: Muscle = followSurface({
  id: 'buccinator',
  name: 'Buccinator',
  plainName: 'Cheek muscle',
  group: 'scalp-and-face',
  layer: 3,
  triggerPoints: [
    {
      id: 'mid-cheek',
      at: { landmark: 'zygion', offsetMm: [-28, -35, 12] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          uncertain: true,
          strokes: [
            { radiusMm: 13, path: [{ landmark: 'zygion', offsetMm: [-4, -22, 18] }] },
            {
              radiusMm: 7,
              path: [
                { landmark: 'prosthion', offsetMm: [32, 0, -28] },
                { landmark: 'infradentale', offsetMm: [32, 2, -28] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.05,
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
