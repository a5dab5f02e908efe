import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const obliquusCapitisSuperior: Muscle = followSurface({
  id: 'obliquus-capitis-superior',
  name: 'Obliquus capitis superior',
  plainName: 'Deep muscle under the base of the skull (upper slanting one)',
  group: 'suboccipital',
  layer: 4,
  origin: 'Transverse process of the atlas (C1)',
  insertion: 'Occipital bone between the superior and inferior nuchal lines, lateral part',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Extends the head and tilts it to the same side',
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'Deep, just below the occiput about 3-4 cm from the midline, between the mastoid and the rectus ' +
        'capitis posterior major',
      at: { landmark: 'inion', offsetMm: [38, -26, 34] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.85,
});
