import type { Muscle } from '../types';
import { suboccipitalGroup, suboccipitalZones } from './suboccipital-referral';
import { followSurface } from './surface-path';

export const obliquusCapitisSuperior: Muscle = followSurface({
  id: 'obliquus-capitis-superior',
  name: 'Obliquus capitis superior',
  plainName: 'Deep muscle under the base of the skull (upper slanting one)',
  group: 'suboccipital',
  layer: 4,
  ...suboccipitalGroup,
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'inion', offsetMm: [38, -26, 34] },
      sources: ['GAT', 'DC-PC', 'TS-1999'],
      zones: suboccipitalZones,
    },
  ],
  clinicalFrequency: 0.85,
});
