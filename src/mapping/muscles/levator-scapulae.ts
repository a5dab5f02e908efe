import type { Muscle, ReferralZone } from '../types';
import { followSurface } from './surface-path';

/** Both trigger points refer to the same places in the sources. */
const zones: readonly ReferralZone[] = [
  {
    level: 'essential',
    strokes: [
      {
        radiusMm: 16,
        path: [
          { landmark: 'cervicale', toward: 'acromion', t: 0.24, offsetMm: [0, 22, 20] },
          { landmark: 'cervicale', toward: 'acromion', t: 0.34, offsetMm: [0, 6, 8] },
        ],
      },
      {
        radiusMm: 13,
        path: [
          { landmark: 'cervicale', offsetMm: [30, 2, 0] },
          { landmark: 'cervicale', toward: 'acromion', t: 0.24, offsetMm: [0, 22, 20] },
          { landmark: 'cervicale', offsetMm: [26, 40, 2] },
        ],
      },
    ],
  },
  {
    level: 'spillover',
    strokes: [
      {
        radiusMm: 10,
        path: [
          { landmark: 'cervicale', offsetMm: [50, -20, -4] },
          { landmark: 'cervicale', offsetMm: [56, -60, -8] },
        ],
      },
      { radiusMm: 14, path: [{ landmark: 'acromion', offsetMm: [-30, 4, -28] }] },
    ],
  },
];

export const levatorScapulae: Muscle = followSurface({
  id: 'levator-scapulae',
  name: 'Levator scapulae',
  plainName: 'Shoulder-blade lifter',
  group: 'posterior-neck',
  layer: 2,
  triggerPoints: [
    {
      id: 'neck-angle',
      at: { landmark: 'cervicale', toward: 'acromion', t: 0.25, offsetMm: [0, 26, 18] },
      sources: ['GAT', 'TS-1999'],
      zones,
    },
    {
      id: 'scapular',
      at: { landmark: 'cervicale', offsetMm: [58, -30, 2] },
      sources: ['GAT', 'TS-1999'],
      zones,
    },
  ],
  clinicalFrequency: 0.55,
  refersToHead: true,
  sources: ['TS-1999', 'GAT', 'FdlP-JBMT2010', 'ANAT'],
});
