import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const spleniusCapitis: Muscle = followSurface({
  id: 'splenius-capitis',
  name: 'Splenius capitis',
  plainName: 'Bandage muscle of the head',
  group: 'posterior-neck',
  layer: 2,
  triggerPoints: [
    {
      id: 'upper',
      at: { landmark: 'mastoidale', toward: 'cervicale', t: 0.3, offsetMm: [4, 0, 0] },
      sources: ['GAT', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          strokes: [{ radiusMm: 17, path: [{ landmark: 'vertex', offsetMm: [9, 0, 4] }] }],
        },
      ],
    },
  ],
  clinicalFrequency: 0.45,
  refersToHead: true,
  sources: ['TS-1999', 'GAT', 'ANAT'],
});
