import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const rectusCapitisPosteriorMinor: Muscle = followSurface({
  id: 'rectus-capitis-posterior-minor',
  name: 'Rectus capitis posterior minor',
  plainName: 'Deep muscle under the base of the skull (smaller straight one)',
  group: 'suboccipital',
  layer: 4,
  origin: 'Posterior tubercle of the atlas (C1)',
  insertion: 'Medial part of the inferior nuchal line of the occiput',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Extends the head',
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'Deep, just below the occiput close to the midline, about 1-2 cm from it, under the semispinalis capitis',
      at: { landmark: 'inion', offsetMm: [9, -22, 30] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.85,
});
