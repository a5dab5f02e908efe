import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const zygomaticusMajor: Muscle = followSurface({
  id: 'zygomaticus-major',
  name: 'Zygomaticus major',
  plainName: 'Smile muscle',
  group: 'scalp-and-face',
  layer: 1,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'orbitale', offsetMm: [8, -32, -6] },
      sources: ['WMM-ZYG', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'orbitale', offsetMm: [-18, -16, 10] },
                { landmark: 'nasion', offsetMm: [6, -6, 4] },
                { landmark: 'glabella', offsetMm: [2, 0, 0] },
                { landmark: 'glabella', toward: 'metopion', t: 0.6, offsetMm: [2, 0, 0] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.1,
  refersToHead: true,
  sources: ['TS-1999', 'WMM-ZYG', 'ANAT'],
});
