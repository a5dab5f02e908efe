import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const medialPterygoid: Muscle = followSurface({
  id: 'medial-pterygoid',
  name: 'Medial pterygoid',
  plainName: 'Inner jaw-closing muscle',
  group: 'jaw',
  layer: 4,
  triggerPoints: [
    {
      id: 'angle',
      at: { landmark: 'gonion', offsetMm: [-12, 10, 8] },
      sources: ['ML-MPT', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'condylion', offsetMm: [0, -10, -8] },
                { landmark: 'gonion', offsetMm: [0, 16, -6] },
              ],
            },
            { radiusMm: 8, path: [{ landmark: 'porion', offsetMm: [6, 2, 3] }] },
            // The pharynx: from under the angle to the front of the throat, where a sore throat is felt.
            {
              radiusMm: 10,
              path: [
                { landmark: 'gonion', offsetMm: [-10, -12, 12] },
                { landmark: 'hyoid', offsetMm: [10, 0, -8] },
                { landmark: 'hyoid', toward: 'jugular-notch', t: 0.35, offsetMm: [5, 0, 0] },
              ],
            },
            // Tongue and hard palate: the surface frame carries them out onto the closed lips.
            {
              radiusMm: 7,
              path: [{ landmark: 'prosthion', toward: 'infradentale', t: 0.5, offsetMm: [2, 0, -20] }],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.3,
  refersToHead: true,
  sources: ['TS-1999', 'ML-MPT', 'ANAT'],
});
