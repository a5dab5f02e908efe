import type { Muscle } from '../types';
import { scaleneGroup, scaleneZones } from './scalene-referral';
import { followSurface } from './surface-path';

export const scaleneAnterior: Muscle = followSurface({
  id: 'scalene-anterior',
  name: 'Scalenus anterior',
  plainName: 'Front scalene muscle',
  group: 'lateral-neck',
  layer: 3,
  origin: 'Anterior tubercles of the transverse processes of C3 to C6',
  insertion: 'Scalene tubercle on the inner border of the first rib',
  innervation: 'Ventral rami of C4-C6',
  action: 'Tilts the neck to the same side and bends it forward; raises the first rib in a deep breath',
  ...scaleneGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'Deep to the clavicular sternocleidomastoid, over the transverse processes at about C4-C6, just ' +
        'above the clavicle',
      at: { landmark: 'jugular-notch', offsetMm: [36, 34, -22] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: scaleneZones,
    },
  ],
});
