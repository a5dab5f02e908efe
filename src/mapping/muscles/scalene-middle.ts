import type { Muscle } from '../types';
import { scaleneGroup, scaleneZones } from './scalene-referral';
import { followSurface } from './surface-path';

export const scaleneMiddle: Muscle = followSurface({
  id: 'scalene-middle',
  name: 'Scalenus medius',
  plainName: 'Middle scalene muscle',
  group: 'lateral-neck',
  layer: 3,
  origin: 'Posterior tubercles of the transverse processes of C2 to C7',
  insertion: 'Upper surface of the first rib, behind the groove for the subclavian artery',
  innervation: 'Ventral rami of C3-C8',
  action: 'Tilts the neck to the same side; raises the first rib in a deep breath',
  ...scaleneGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'Behind the brachial plexus, over the posterior tubercles at about C4-C6, in the floor of the ' +
        'posterior triangle',
      at: { landmark: 'jugular-notch', offsetMm: [46, 44, -44] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: scaleneZones,
    },
  ],
});
