import type { Muscle } from '../types';
import { followSurface } from './surface-path';

const SOURCES = ['NAMTPT-TEMP', 'TS-1999'] as const;

export const temporalis: Muscle = followSurface({
  id: 'temporalis',
  name: 'Temporalis',
  plainName: 'Temple chewing muscle',
  group: 'jaw',
  layer: 3,
  triggerPoints: [
    {
      id: 'trp1',
      at: { landmark: 'frontotemporale', toward: 'zygion', t: 0.6 },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'frontotemporale', toward: 'zygion', t: 0.45 },
                { landmark: 'frontotemporale', offsetMm: [0, -10, 0] },
                { landmark: 'supraorbitale', offsetMm: [0, 7, 0] },
                { landmark: 'supraorbitale', offsetMm: [-16, 6, 2] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'prosthion', offsetMm: [3, 6, 0] },
                { landmark: 'prosthion', offsetMm: [10, 6, -3] },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      at: { landmark: 'zygion', offsetMm: [-4, 18, -6] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [-2, 14, 2] },
                { landmark: 'pterion', offsetMm: [0, 36, 10] },
              ],
            },
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [-2, 14, -10] },
                { landmark: 'pterion', offsetMm: [0, 40, -10] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'prosthion', offsetMm: [20, 6, -10] }] }],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 10, path: [{ landmark: 'orbitale', offsetMm: [6, -24, -6] }] }],
        },
      ],
    },
    {
      id: 'trp3',
      at: { landmark: 'porion', offsetMm: [2, 20, 18] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'porion', offsetMm: [0, 18, 16] },
                { landmark: 'porion', offsetMm: [0, 84, 12] },
              ],
            },
            {
              radiusMm: 7,
              path: [
                { landmark: 'porion', offsetMm: [0, 18, 4] },
                { landmark: 'porion', offsetMm: [0, 82, -6] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'prosthion', offsetMm: [30, 6, -24] }] }],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'condylion' }] }],
        },
      ],
    },
    {
      id: 'trp4',
      at: { landmark: 'porion', offsetMm: [0, 26, -10] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'porion', offsetMm: [0, 24, -10] },
                { landmark: 'euryon', offsetMm: [0, 2, -10] },
                { landmark: 'euryon', toward: 'lambda', t: 0.35, offsetMm: [0, 8, 0] },
              ],
            },
            {
              radiusMm: 8,
              path: [
                { landmark: 'porion', offsetMm: [0, 22, -14] },
                { landmark: 'asterion', offsetMm: [0, 26, 0] },
              ],
            },
            // Up over the side of the head above the ear, toward the parietal eminence.
            {
              radiusMm: 8,
              path: [
                { landmark: 'porion', offsetMm: [0, 28, -6] },
                { landmark: 'euryon', offsetMm: [0, 26, 2] },
              ],
            },
          ],
        },
      ],
    },
  ],
  clinicalFrequency: 0.65,
  refersToHead: true,
  sources: ['TS-1999', 'NAMTPT-TEMP', 'ANAT'],
});
