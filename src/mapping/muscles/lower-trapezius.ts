import type { Muscle } from '../types';
import { followSurface } from './surface-path';

/**
 * The lower fibres of the trapezius and their trigger point 3 (the manual numbers the trapezius'
 * trigger points across the whole muscle; 1 and 2 are in `upper-trapezius.ts`). The model ends at
 * about T6, so only the upper part of the lower fibres is drawn, from T4-T6 to the root of the
 * spine of the scapula; the trigger point is placed in the lowest, most lateral part the model
 * shows, and `location` says where a clinician finds it in life.
 */
export const lowerTrapezius: Muscle = followSurface({
  id: 'lower-trapezius',
  name: 'Lower trapezius',
  plainName: 'Lower part of the shoulder-blade muscle',
  group: 'posterior-neck',
  layer: 1,
  triggerPoints: [
    {
      id: 'trp3',
      at: { landmark: 't6-spinous', offsetMm: [46, 20, -6] },
      sources: ['TS-1999', 'ML-TP23'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 13,
              path: [
                { landmark: 'inion', toward: 'cervicale', t: 0.2, offsetMm: [17, 0, 0] },
                { landmark: 'inion', toward: 'cervicale', t: 0.5, offsetMm: [17, 0, 0] },
              ],
            },
            {
              radiusMm: 11,
              path: [
                { landmark: 'inion', toward: 'cervicale', t: 0.2, offsetMm: [30, 0, 0] },
                { landmark: 'mastoidale', offsetMm: [0, 4, -10] },
              ],
            },
            { radiusMm: 14, path: [{ landmark: 'acromion', offsetMm: [-12, 6, 0] }] },
          ],
        },
        {
          level: 'spillover',
          uncertain: true,
          strokes: [
            {
              radiusMm: 14,
              path: [
                { landmark: 'superior-angle', offsetMm: [4, 8, 2] },
                { landmark: 'acromion', offsetMm: [-45, 2, -12] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.35,
  refersToHead: true,
  sources: ['TS-1999', 'ML-TP23', 'ANAT'],
});
