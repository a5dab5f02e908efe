import type { MuscleStory } from '../types';

export const digastricPosteriorStory: MuscleStory = {
  origin: 'Mastoid notch of the temporal bone',
  insertion: 'Intermediate tendon, held to the hyoid bone by a fibrous sling',
  innervation: 'Facial nerve (CN VII)',
  action: 'Raises the hyoid and pulls it back; helps open the jaw',
  referralSummary:
    'Around the mastoid and the top of the neck-strap muscle; sometimes the throat, under the chin and the ' +
    'back of the head',
  triggerPoints: {
    belly: {
      name: 'Trigger point in the posterior belly',
      location:
        'Below and behind the angle of the mandible, just in front of the mastoid process and under the earlobe',
      zones: [
        'Around the mastoid process and over the upper end of the sternocleidomastoid',
        'The throat, under the chin, and the back of the head',
      ],
    },
  },
  symptoms: [
    { text: 'A "lump in the throat" feeling', tags: ['throat-swallowing'] },
    { text: 'Difficulty or discomfort swallowing', tags: ['throat-swallowing'] },
    { text: 'Pain below and behind the ear', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Mouth breathing, e.g. with a blocked nose',
    'Clenching or grinding the teeth',
    'Whiplash injury',
    'Forward head posture',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
};
