import type { MuscleStory } from '../types';
import { scaleneStory, scaleneZoneWords } from './scalene';

export const scaleneAnteriorStory: MuscleStory = {
  origin: 'Anterior tubercles of the transverse processes of C3 to C6',
  insertion: 'Scalene tubercle on the inner border of the first rib',
  innervation: 'Ventral rami of C4-C6',
  action: 'Tilts the neck to the same side and bends it forward; raises the first rib in a deep breath',
  ...scaleneStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'Deep to the clavicular sternocleidomastoid, over the transverse processes at about C4-C6, just ' +
        'above the clavicle',
      zones: scaleneZoneWords,
    },
  },
};
