import type { Muscle } from '../types';
import { scaleneGroup, scaleneZones } from './scalene-referral';
import { followSurface } from './surface-path';

export const scaleneAnterior: Muscle = followSurface({
  id: 'scalene-anterior',
  name: 'Scalenus anterior',
  plainName: 'Front scalene muscle',
  group: 'lateral-neck',
  layer: 3,
  ...scaleneGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'jugular-notch', offsetMm: [36, 34, -22] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: scaleneZones,
    },
  ],
});
