import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const sternocleidomastoidClavicular: Muscle = followSurface({
  id: 'sternocleidomastoid-clavicular',
  name: 'Sternocleidomastoid, clavicular division',
  plainName: 'Front neck strap muscle (outer head)',
  group: 'lateral-neck',
  layer: 1,
  triggerPoints: [
    {
      id: 'mid',
      at: { landmark: 'jugular-notch', toward: 'mastoidale', t: 0.5, offsetMm: [16, 0, -4] },
      sources: ['ML-SCM', 'DC-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 14,
              path: [
                { landmark: 'metopion', offsetMm: [4, 8, -2] },
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.5, offsetMm: [-12, 0, 0] },
                { landmark: 'frontotemporale', offsetMm: [0, 8, 0] },
              ],
            },
            { radiusMm: 9, path: [{ landmark: 'porion', offsetMm: [6, 4, 3] }] },
            { radiusMm: 13, path: [{ landmark: 'porion', offsetMm: [-2, 0, -28] }] },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.5, opposite: true },
                { landmark: 'frontotemporale', offsetMm: [0, 8, 0], opposite: true },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'orbitale', offsetMm: [4, -24, -6] },
                { landmark: 'zygion', offsetMm: [-4, -40, 10] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.5,
  refersToHead: true,
  sources: ['TS-1999', 'ML-SCM', 'DC-SCM', 'ANAT'],
});
