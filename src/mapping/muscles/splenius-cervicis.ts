import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const spleniusCervicis: Muscle = followSurface({
  id: 'splenius-cervicis',
  name: 'Splenius cervicis',
  plainName: 'Bandage muscle of the neck',
  group: 'posterior-neck',
  layer: 2,
  triggerPoints: [
    {
      id: 'upper',
      at: { landmark: 'atlas-transverse', toward: 'c4-transverse', t: 0.6, offsetMm: [6, 0, -16] },
      sources: ['DC-PC', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            { radiusMm: 12, path: [{ landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [2, 0, 2] }] },
            {
              radiusMm: 7,
              path: [
                { landmark: 'pterion', offsetMm: [0, -2, -6] },
                { landmark: 'orbitale', offsetMm: [5, 17, 1] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            { radiusMm: 17, path: [{ landmark: 'asterion', toward: 'opisthocranion', t: 0.65, offsetMm: [0, 14, 0] }] },
          ],
        },
      ],
    },
    {
      id: 'lower',
      at: { landmark: 'cervicale', offsetMm: [22, -8, 10] },
      sources: ['DC-PC', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 14,
              path: [
                { landmark: 'cervicale', offsetMm: [24, 36, 0] },
                { landmark: 'cervicale', toward: 'acromion', t: 0.22, offsetMm: [0, 22, 8] },
                { landmark: 'cervicale', toward: 'acromion', t: 0.3, offsetMm: [0, 8, 2] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.3,
  refersToHead: true,
  sources: ['TS-1999', 'DC-PC', 'ANAT'],
});
