import type { Muscle } from '../types';
import { followSurface } from './surface-path';

/**
 * The eye muscle whose tendon runs through the trochlea at the upper inner corner of the orbit.
 * Its referral comes from the tension-type headache and migraine series of Fernandez-de-las-Penas
 * and colleagues, not from the manual, whose pain guide does not list it.
 */
export const superiorOblique: Muscle = followSurface({
  id: 'superior-oblique',
  name: 'Superior oblique (eye)',
  plainName: 'Eye muscle at the inner corner of the brow',
  group: 'scalp-and-face',
  layer: 4,
  triggerPoints: [
    {
      id: 'trochlear',
      at: { landmark: 'supraorbitale', offsetMm: [-14, -4, -8] },
      sources: ['FdlP-H2005', 'FdlP-CJP2006'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 12,
              peak: 0.8,
              path: [{ landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [-2, 0, 4] }],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'supraorbitale', offsetMm: [-6, 6, 0] },
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.45, offsetMm: [-4, 8, 0] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.35,
  refersToHead: true,
  sources: ['FdlP-H2005', 'FdlP-CJP2006', 'ANAT'],
});
