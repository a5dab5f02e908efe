import type { MuscleStory } from '../types';
import { suboccipitalStory, suboccipitalZoneWords } from './suboccipital';

export const obliquusCapitisSuperiorStory: MuscleStory = {
  origin: 'Transverse process of the atlas (C1)',
  insertion: 'Occipital bone between the superior and inferior nuchal lines, lateral part',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Extends the head and tilts it to the same side',
  ...suboccipitalStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'Deep, just below the occiput about 3-4 cm from the midline, between the mastoid and the rectus ' +
        'capitis posterior major',
      zones: suboccipitalZoneWords,
    },
  },
};
