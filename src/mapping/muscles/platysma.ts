import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const platysma: Muscle = followSurface({
  id: 'platysma',
  name: 'Platysma',
  plainName: 'Thin neck skin muscle',
  group: 'anterior-neck',
  layer: 1,
  triggerPoints: [
    {
      id: 'over-scm',
      at: { landmark: 'jugular-notch', offsetMm: [38, 26, 13] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          uncertain: true,
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'gonion', offsetMm: [0, -2, 10] },
                { landmark: 'gnathion', offsetMm: [10, 4, 0] },
              ],
            },
            { radiusMm: 12, path: [{ landmark: 'zygion', offsetMm: [-8, -44, 16] }] },
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
