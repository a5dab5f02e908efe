import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const digastricAnterior: Muscle = followSurface({
  id: 'digastric-anterior',
  name: 'Digastric, anterior belly',
  plainName: 'Muscle under the chin',
  group: 'anterior-neck',
  layer: 2,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'menton', toward: 'hyoid', t: 0.3, offsetMm: [10, 0, 0] },
      sources: ['NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'infradentale', offsetMm: [-6, 2, 0] },
                { landmark: 'infradentale', offsetMm: [12, 2, -3] },
              ],
            },
            {
              radiusMm: 8,
              path: [
                { landmark: 'infradentale', offsetMm: [2, 0, 0] },
                { landmark: 'infradentale', offsetMm: [4, -14, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            { radiusMm: 8, path: [{ landmark: 'infradentale', offsetMm: [6, -4, 4] }] },
            { radiusMm: 11, path: [{ landmark: 'gnathion', toward: 'infradentale', t: 0.25, offsetMm: [6, 0, 0] }] },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.2,
  refersToHead: true,
  sources: ['TS-1999', 'NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'ANAT'],
});
