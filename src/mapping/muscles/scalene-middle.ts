import type { Muscle } from '../types';
import { scaleneGroup, scaleneZones } from './scalene-referral';
import { followSurface } from './surface-path';

export const scaleneMiddle: Muscle = followSurface({
  id: 'scalene-middle',
  name: 'Scalenus medius',
  plainName: 'Middle scalene muscle',
  group: 'lateral-neck',
  layer: 3,
  ...scaleneGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'jugular-notch', offsetMm: [46, 44, -44] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: scaleneZones,
    },
  ],
});
