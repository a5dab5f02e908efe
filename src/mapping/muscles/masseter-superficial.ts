import type { Muscle } from '../types';
import { followSurface } from './surface-path';

const SOURCES = ['ML-MAS', 'TPN-mas', 'TS-1999'] as const;

export const masseterSuperficial: Muscle = followSurface({
  id: 'masseter-superficial',
  name: 'Masseter, superficial part',
  plainName: 'Main chewing muscle (outer layer)',
  group: 'jaw',
  layer: 2,
  triggerPoints: [
    {
      id: 'upper',
      at: { landmark: 'zygion', toward: 'gonion', t: 0.25, offsetMm: [0, 0, 10] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 10,
              path: [
                { landmark: 'orbitale', offsetMm: [8, -20, -6] },
                { landmark: 'zygion', offsetMm: [-6, -32, 12] },
              ],
            },
            { radiusMm: 9, path: [{ landmark: 'prosthion', offsetMm: [30, 1, -26] }] },
          ],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'prosthion', offsetMm: [24, 2, -18] }] }],
        },
      ],
    },
    {
      id: 'mid',
      at: { landmark: 'zygion', toward: 'gonion', t: 0.5, offsetMm: [0, 0, 10] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'zygion', toward: 'gonion', t: 0.55, offsetMm: [0, 0, 4] },
                { landmark: 'gonion', offsetMm: [0, 8, 16] },
                { landmark: 'infradentale', offsetMm: [26, 2, -24] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'infradentale', offsetMm: [20, -4, -14] }] }],
        },
      ],
    },
    {
      id: 'lower',
      at: { landmark: 'zygion', toward: 'gonion', t: 0.8, offsetMm: [0, 0, 6] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'zygion', offsetMm: [0, 22, -4] },
                { landmark: 'pterion', offsetMm: [0, 16, 8] },
                { landmark: 'frontotemporale', offsetMm: [0, 0, 0] },
                { landmark: 'supraorbitale', offsetMm: [-4, 12, 0] },
              ],
            },
            {
              radiusMm: 9,
              path: [
                { landmark: 'gonion', offsetMm: [0, 4, -4] },
                { landmark: 'gnathion', offsetMm: [19, 12, -31] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          strokes: [{ radiusMm: 13, path: [{ landmark: 'gonion', toward: 'gnathion', t: 0.3, offsetMm: [0, 6, 0] }] }],
        },
      ],
    },
  ],
  clinicalFrequency: 0.55,
  refersToHead: true,
  sources: ['TS-1999', 'ML-MAS', 'TPN-mas', 'FdlP-JBMT2010', 'ANAT'],
});
