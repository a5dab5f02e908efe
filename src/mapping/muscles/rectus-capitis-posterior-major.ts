import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const rectusCapitisPosteriorMajor: Muscle = followSurface({
  id: 'rectus-capitis-posterior-major',
  name: 'Rectus capitis posterior major',
  plainName: 'Deep muscle under the base of the skull (larger straight one)',
  group: 'suboccipital',
  layer: 4,
  origin: 'Spinous process of C2 (axis)',
  insertion: 'Lateral part of the inferior nuchal line of the occiput',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Extends the head and turns it to the same side',
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'Deep, just below the occiput about 2-3 cm from the midline, under the semispinalis capitis; felt as ' +
        'deep tenderness rather than a band',
      at: { landmark: 'inion', offsetMm: [20, -28, 28] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.9,
});
