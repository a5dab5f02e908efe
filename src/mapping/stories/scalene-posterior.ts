import type { MuscleStory } from '../types';
import { scaleneStory, scaleneZoneWords } from './scalene';

export const scalenePosteriorStory: MuscleStory = {
  origin: 'Posterior tubercles of the transverse processes of C4 to C6',
  insertion: 'Outer surface of the second rib',
  innervation: 'Ventral rami of C6-C8',
  action: 'Tilts the neck to the same side; raises the second rib in a deep breath',
  ...scaleneStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location: 'Low in the posterior triangle, just in front of the levator scapulae at about C5-C6',
      zones: scaleneZoneWords,
    },
  },
};
