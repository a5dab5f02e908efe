import type { MuscleStory } from '../types';
import { suboccipitalStory, suboccipitalZoneWords } from './suboccipital';

export const obliquusCapitisInferiorStory: MuscleStory = {
  origin: 'Spinous process of the axis (C2)',
  insertion: 'Transverse process of the atlas (C1)',
  innervation: 'Suboccipital nerve (dorsal ramus of C1)',
  action: 'Turns the atlas, and so the head, to the same side on the axis',
  ...suboccipitalStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'Deep, about 3-4 cm below the occiput, between the C2 spinous process and the tip of the C1 transverse process',
      zones: suboccipitalZoneWords,
    },
  },
};
