import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const upperTrapezius: Muscle = followSurface({
  id: 'upper-trapezius',
  name: 'Upper trapezius',
  plainName: 'Top-of-shoulder muscle',
  group: 'posterior-neck',
  layer: 1,
  triggerPoints: [
    {
      id: 'trp1',
      at: { landmark: 'cervicale', toward: 'acromion', t: 0.45, offsetMm: [0, 15, 5] },
      sources: ['ML-TP1', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 13,
              path: [
                { landmark: 'mastoidale', offsetMm: [0, -72, -22] },
                { landmark: 'mastoidale', offsetMm: [0, -45, -18] },
                { landmark: 'mastoidale', offsetMm: [0, -5, -8] },
                { landmark: 'porion', offsetMm: [0, 22, -22] },
                { landmark: 'porion', offsetMm: [0, 38, 5] },
              ],
            },
            {
              radiusMm: 20,
              path: [
                { landmark: 'porion', offsetMm: [0, 38, 5] },
                { landmark: 'pterion' },
                { landmark: 'pterion', toward: 'frontotemporale', t: 0.7 },
              ],
            },
            // Ends behind the orbit: the deep ache a patient places in and behind the eye.
            {
              radiusMm: 14,
              path: [
                { landmark: 'pterion', toward: 'frontotemporale', t: 0.7 },
                { landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [4, 0, 2] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            { radiusMm: 13, path: [{ landmark: 'gonion' }] },
            { radiusMm: 15, path: [{ landmark: 'asterion', offsetMm: [0, 10, 0] }] },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      at: { landmark: 'cervicale', toward: 'acromion', t: 0.6, offsetMm: [0, 5, 0] },
      sources: ['ML-TP23', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 16,
              path: [
                { landmark: 'mastoidale', offsetMm: [-30, -46, -46] },
                { landmark: 'mastoidale', offsetMm: [-12, -8, -26] },
                { landmark: 'mastoidale', offsetMm: [-14, 6, -44] },
                { landmark: 'mastoidale', offsetMm: [0, 0, -12] },
                { landmark: 'asterion' },
                { landmark: 'asterion', toward: 'opisthocranion', t: 0.6, offsetMm: [0, 10, 0] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.8,
  refersToHead: true,
  sources: ['TS-1999', 'ML-TP1', 'ML-TP23', 'FdlP-EJP2007', 'ANAT'],
});
