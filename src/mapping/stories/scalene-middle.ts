import type { MuscleStory } from '../types';
import { scaleneStory, scaleneZoneWords } from './scalene';

export const scaleneMiddleStory: MuscleStory = {
  origin: 'Posterior tubercles of the transverse processes of C2 to C7',
  insertion: 'Upper surface of the first rib, behind the groove for the subclavian artery',
  innervation: 'Ventral rami of C3-C8',
  action: 'Tilts the neck to the same side; raises the first rib in a deep breath',
  ...scaleneStory,
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'Behind the brachial plexus, over the posterior tubercles at about C4-C6, in the floor of the ' +
        'posterior triangle',
      zones: scaleneZoneWords,
    },
  },
};
