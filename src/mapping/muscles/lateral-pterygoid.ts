import type { Muscle, ReferralZone } from '../types';
import { followSurface } from './surface-path';

/** The two heads cannot be told apart by their referral in the sources. */
const zones: readonly ReferralZone[] = [
  {
    level: 'essential',
    strokes: [
      {
        radiusMm: 7,
        path: [
          { landmark: 'condylion', offsetMm: [0, 0, 2] },
          { landmark: 'porion', offsetMm: [6, 4, 4] },
        ],
      },
    ],
  },
  {
    level: 'essential',
    strokes: [
      {
        radiusMm: 13,
        path: [
          { landmark: 'zygion', offsetMm: [0, -4, -4] },
          { landmark: 'orbitale', offsetMm: [6, -18, -6] },
          { landmark: 'orbitale', offsetMm: [-6, -18, 0] },
        ],
      },
    ],
  },
];

export const lateralPterygoid: Muscle = followSurface({
  id: 'lateral-pterygoid',
  name: 'Lateral pterygoid',
  plainName: 'Jaw-opening muscle behind the cheekbone',
  group: 'jaw',
  layer: 4,
  triggerPoints: [
    {
      id: 'upper-head',
      at: { landmark: 'condylion', offsetMm: [-18, 4, 14] },
      sources: ['NA-LPT', 'WMM-LPT', 'TS-1999'],
      zones,
    },
    {
      id: 'lower-head',
      at: { landmark: 'condylion', offsetMm: [-20, -8, 20] },
      sources: ['NA-LPT', 'WMM-LPT', 'TS-1999'],
      zones,
    },
  ],
  clinicalFrequency: 0.45,
  refersToHead: true,
  sources: ['TS-1999', 'NA-LPT', 'WMM-LPT', 'ANAT'],
});
