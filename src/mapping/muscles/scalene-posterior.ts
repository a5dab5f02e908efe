import type { Muscle } from '../types';
import { scaleneGroup, scaleneZones } from './scalene-referral';
import { followSurface } from './surface-path';

export const scalenePosterior: Muscle = followSurface({
  id: 'scalene-posterior',
  name: 'Scalenus posterior',
  plainName: 'Back scalene muscle',
  group: 'lateral-neck',
  layer: 3,
  ...scaleneGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'jugular-notch', offsetMm: [52, 38, -62] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: scaleneZones,
    },
  ],
});
