import type { MuscleStory } from '../types';

export const medialPterygoidStory: MuscleStory = {
  origin:
    'Medial surface of the lateral pterygoid plate and the pyramidal process of the palatine bone (deep ' +
    'head); the maxillary tuberosity (superficial head)',
  insertion: 'Medial surface of the ramus and angle of the mandible',
  innervation: 'Nerve to the medial pterygoid (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw and pushes it forward; acting alone, moves it to the opposite side',
  referralSummary:
    'The back of the mouth and the throat (tongue, pharynx, hard palate), below and behind the jaw joint, and ' +
    'deep in the ear; not the teeth. Often involved in a sore throat and painful swallowing',
  triggerPoints: {
    angle: {
      name: 'Trigger point inside the angle of the mandible',
      location:
        'On the inner surface of the angle of the mandible, felt from below by pressing up under the angle, ' +
        'or inside the mouth',
      zones: [
        'Below and behind the jaw joint, deep in the ear, the back of the mouth (tongue, hard palate) and ' +
          'the throat (pharynx): a sore throat and painful swallowing',
      ],
    },
  },
  symptoms: [
    { text: 'Pain or discomfort on swallowing; a sore throat', tags: ['throat-swallowing'] },
    { text: 'Limited mouth opening', tags: ['jaw-movement'] },
    { text: 'A stuffy feeling in the ear', tags: ['ear'] },
  ],
  perpetuatingFactors: ['Clenching or grinding the teeth', 'Chewing gum', 'Forward head posture', 'Emotional stress'],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
};
