import type { MuscleStory } from '../types';

export const masseterDeepStory: MuscleStory = {
  origin: 'Back third of the lower border and the deep surface of the zygomatic arch',
  insertion: 'Upper part of the ramus of the mandible and the coronoid process',
  innervation: 'Masseteric nerve (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw and helps pull it back',
  referralSummary: 'Deep in the ear and the jaw joint, sometimes the side of the cheek; may bring ringing in that ear',
  triggerPoints: {
    'upper-posterior': {
      name: 'Trigger point in front of the jaw joint',
      location: 'In the upper back part of the muscle, just in front of the jaw joint and under the zygomatic arch',
      zones: ['Deep in the ear and the jaw joint', 'The side of the cheek'],
    },
  },
  symptoms: [
    { text: 'Ear ache and ringing (tinnitus) on the same side', tags: ['tinnitus', 'ear'] },
    { text: 'Pain at the jaw joint, worse on chewing', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth',
    'Chewing gum or tough foods',
    'A bite that does not meet evenly',
    'Emotional stress',
  ],
  frequencyNote:
    'Estimate: the cited studies give no figure for how often it is involved; set below the superficial part.',
};
