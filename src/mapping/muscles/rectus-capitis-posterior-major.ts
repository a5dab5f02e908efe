import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const rectusCapitisPosteriorMajor: Muscle = followSurface({
  id: 'rectus-capitis-posterior-major',
  name: 'Rectus capitis posterior major',
  plainName: 'Deep muscle under the base of the skull (larger straight one)',
  group: 'suboccipital',
  layer: 4,
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'inion', offsetMm: [20, -28, 28] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.9,
});
