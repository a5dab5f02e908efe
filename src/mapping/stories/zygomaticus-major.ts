import type { MuscleStory } from '../types';

export const zygomaticusMajorStory: MuscleStory = {
  origin: 'Lateral surface of the zygomatic bone',
  insertion: 'Modiolus at the corner of the mouth',
  innervation: 'Zygomatic and buccal branches of the facial nerve (CN VII)',
  action: 'Draws the corner of the mouth up and out, as in a smile',
  referralSummary: 'An arc from beside the nose up over the bridge of the nose to the middle of the forehead',
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'In the mid-belly toward the corner of the mouth, held in a pincer grip with one finger inside the cheek',
      zones: ['An arc up the side and bridge of the nose to the middle of the forehead'],
    },
  },
  symptoms: [
    { text: 'Pain beside the nose and in the middle of the forehead', tags: ['pain'] },
    { text: 'Slightly limited mouth opening', tags: ['jaw-movement'] },
  ],
  perpetuatingFactors: [
    'Trigger points in the masseter or sternocleidomastoid, of which it is often a satellite',
    'Clenching the teeth',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
};
