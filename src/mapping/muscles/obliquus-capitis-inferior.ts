import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const obliquusCapitisInferior: Muscle = followSurface({
  id: 'obliquus-capitis-inferior',
  name: 'Obliquus capitis inferior',
  plainName: 'Deep muscle under the base of the skull (lower slanting one)',
  group: 'suboccipital',
  layer: 4,
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'axis-spinous', toward: 'atlas-transverse', t: 0.5, offsetMm: [0, 0, -5] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.8,
});
