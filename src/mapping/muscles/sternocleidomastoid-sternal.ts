import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const sternocleidomastoidSternal: Muscle = followSurface({
  id: 'sternocleidomastoid-sternal',
  name: 'Sternocleidomastoid, sternal division',
  plainName: 'Front neck strap muscle (inner head)',
  group: 'lateral-neck',
  layer: 1,
  triggerPoints: [
    {
      id: 'low',
      at: { landmark: 'jugular-notch', toward: 'mastoidale', t: 0.15 },
      sources: ['ML-SCM', 'NAMTPT-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'jugular-notch', offsetMm: [2, -4, 0] },
                { landmark: 'jugular-notch', offsetMm: [2, -40, 4] },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'mid',
      at: { landmark: 'jugular-notch', toward: 'mastoidale', t: 0.5, offsetMm: [4, 0, 0] },
      sources: ['ML-SCM', 'NAMTPT-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [0, 4, -2] },
                { landmark: 'orbitale', offsetMm: [2, -4, 0] },
              ],
            },
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [0, -8, -4] },
                { landmark: 'orbitale', offsetMm: [-4, -16, -2] },
              ],
            },
            {
              radiusMm: 6,
              path: [
                { landmark: 'condylion', offsetMm: [4, -18, 14] },
                { landmark: 'orbitale', offsetMm: [-10, -34, 4] },
              ],
            },
            {
              radiusMm: 12,
              path: [
                { landmark: 'supraorbitale', offsetMm: [-14, 13, 0] },
                { landmark: 'supraorbitale', offsetMm: [12, 13, -8] },
              ],
            },
            {
              radiusMm: 13,
              path: [
                { landmark: 'orbitale', toward: 'supraorbitale', t: 0.4, offsetMm: [0, 0, 4] },
                { landmark: 'orbitale', offsetMm: [14, 8, -8] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'hyoid', offsetMm: [8, 4, -4] },
                { landmark: 'hyoid', toward: 'jugular-notch', t: 0.45, offsetMm: [6, 0, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [
            { radiusMm: 10, path: [{ landmark: 'gnathion', toward: 'infradentale', t: 0.2, offsetMm: [6, 0, 0] }] },
            { radiusMm: 13, path: [{ landmark: 'pterion', offsetMm: [0, -2, -8] }] },
          ],
        },
      ],
    },
    {
      id: 'high',
      at: { landmark: 'mastoidale', toward: 'jugular-notch', t: 0.2 },
      sources: ['ML-SCM', 'NAMTPT-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'mastoidale', offsetMm: [0, 12, -12] },
                { landmark: 'asterion', offsetMm: [0, 0, 0] },
                { landmark: 'asterion', toward: 'inion', t: 0.4, offsetMm: [0, 4, 0] },
                { landmark: 'inion', offsetMm: [12, 8, 0] },
              ],
            },
            { radiusMm: 15, path: [{ landmark: 'vertex', offsetMm: [14, 0, 10] }] },
          ],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 14, path: [{ landmark: 'porion', offsetMm: [6, 2, -2] }] }],
        },
      ],
    },
  ],
  clinicalFrequency: 0.6,
  refersToHead: true,
  sources: ['TS-1999', 'ML-SCM', 'NAMTPT-SCM', 'ANAT'],
});
