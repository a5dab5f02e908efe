import type { MuscleStory } from '../types';

export const digastricAnteriorStory: MuscleStory = {
  origin: 'Digastric fossa on the inner side of the lower border of the mandible, beside the midline',
  insertion: 'Intermediate tendon, held to the hyoid bone by a fibrous sling',
  innervation: 'Nerve to the mylohyoid (mandibular division of the trigeminal nerve, V3)',
  action: 'Opens the jaw against resistance and raises the hyoid',
  referralSummary: 'The four lower front teeth and the gum ridge below them; sometimes the tongue, lower lip and chin',
  triggerPoints: {
    belly: {
      name: 'Trigger point in the anterior belly',
      location: 'Under the chin, a finger-breadth beside the midline, just behind the lower border of the mandible',
      zones: [
        'The four lower incisors and the alveolar ridge below them',
        'The tip of the tongue, the lower lip and the chin',
      ],
    },
  },
  symptoms: [
    { text: 'Aching lower front teeth without dental disease', tags: ['teeth'] },
    { text: 'Tenderness under the chin', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth',
    'Mouth breathing',
    'Forward head posture, which stretches the muscles under the chin',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
};
