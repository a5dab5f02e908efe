import type { MuscleStory } from '../types';
import { suboccipitalStory, suboccipitalZoneWords } from './suboccipital';

export const rectusCapitisPosteriorMajorStory: MuscleStory = {
  origin: 'Spinous process of C2 (axis)',
  insertion: 'Lateral part of the inferior nuchal line of the occiput',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Extends the head and turns it to the same side',
  ...suboccipitalStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'Deep, just below the occiput about 2-3 cm from the midline, under the semispinalis capitis; felt as ' +
        'deep tenderness rather than a band',
      zones: suboccipitalZoneWords,
    },
  },
};
