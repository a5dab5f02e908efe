import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const obliquusCapitisInferior: Muscle = followSurface({
  id: 'obliquus-capitis-inferior',
  name: 'Obliquus capitis inferior',
  plainName: 'Deep muscle under the base of the skull (lower slanting one)',
  group: 'suboccipital',
  layer: 4,
  origin: 'Spinous process of the axis (C2)',
  insertion: 'Transverse process of the atlas (C1)',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Turns the atlas, and so the head, to the same side on the axis',
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'Deep, about 3-4 cm below the occiput, between the C2 spinous process and the tip of the C1 transverse process',
      at: { landmark: 'axis-spinous', toward: 'atlas-transverse', t: 0.5, offsetMm: [0, 0, -5] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.8,
});
