import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const rectusCapitisPosteriorMinor: Muscle = followSurface({
  id: 'rectus-capitis-posterior-minor',
  name: 'Rectus capitis posterior minor',
  plainName: 'Deep muscle under the base of the skull (smaller straight one)',
  group: 'suboccipital',
  layer: 4,
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'inion', offsetMm: [9, -22, 30] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.85,
});
