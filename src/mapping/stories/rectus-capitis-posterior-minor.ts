import type { MuscleStory } from '../types';
import { suboccipitalStory, suboccipitalZoneWords } from './suboccipital';

export const rectusCapitisPosteriorMinorStory: MuscleStory = {
  origin: 'Posterior tubercle of the atlas (C1)',
  insertion: 'Medial part of the inferior nuchal line of the occiput',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Extends the head',
  ...suboccipitalStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'Deep, just below the occiput close to the midline, about 1-2 cm from it, under the semispinalis capitis',
      zones: suboccipitalZoneWords,
    },
  },
};
