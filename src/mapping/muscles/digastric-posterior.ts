import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const digastricPosterior: Muscle = followSurface({
  id: 'digastric-posterior',
  name: 'Digastric, posterior belly',
  plainName: 'Muscle under the jaw (back part)',
  group: 'anterior-neck',
  layer: 3,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'mastoidale', toward: 'gonion', t: 0.45 },
      sources: ['NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'mastoidale', offsetMm: [0, 16, -18] },
                { landmark: 'mastoidale', offsetMm: [0, 12, -6] },
                { landmark: 'mastoidale', offsetMm: [0, -24, 8] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            { radiusMm: 12, path: [{ landmark: 'hyoid', toward: 'jugular-notch', t: 0.3, offsetMm: [8, 0, 0] }] },
            { radiusMm: 10, path: [{ landmark: 'menton', toward: 'hyoid', t: 0.6, offsetMm: [6, 0, 0] }] },
            { radiusMm: 14, path: [{ landmark: 'asterion', toward: 'inion', t: 0.7, offsetMm: [0, 16, 0] }] },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.25,
  refersToHead: true,
  sources: ['TS-1999', 'NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'ANAT'],
});
