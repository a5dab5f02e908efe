import type { Muscle } from '../types';
import { scaleneGroup, scaleneZones } from './scalene-referral';
import { followSurface } from './surface-path';

export const scalenePosterior: Muscle = followSurface({
  id: 'scalene-posterior',
  name: 'Scalenus posterior',
  plainName: 'Back scalene muscle',
  group: 'lateral-neck',
  layer: 3,
  origin: 'Posterior tubercles of the transverse processes of C4 to C6',
  insertion: 'Outer surface of the second rib',
  innervation: 'Ventral rami of C6-C8',
  action: 'Tilts the neck to the same side; raises the second rib in a deep breath',
  ...scaleneGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location: 'Low in the posterior triangle, just in front of the levator scapulae at about C5-C6',
      at: { landmark: 'jugular-notch', offsetMm: [52, 38, -62] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: scaleneZones,
    },
  ],
});
