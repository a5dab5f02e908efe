import type { MuscleStory } from '../types';

export const frontalisStory: MuscleStory = {
  origin: 'Galea aponeurotica',
  insertion: 'Skin of the eyebrow and the root of the nose',
  innervation: 'Temporal branches of the facial nerve (CN VII)',
  action: 'Raises the eyebrows and wrinkles the forehead',
  referralSummary:
    'Locally over the forehead on the same side, spreading upward from the eyebrow to the upper forehead',
  triggerPoints: {
    medial: {
      name: 'Trigger point above the medial eyebrow',
      location: 'Just above the medial part of the eyebrow, in the belly of the muscle',
      zones: ['Locally, spreading upward over the forehead on the same side to the upper midline forehead'],
    },
  },
  symptoms: [
    { text: 'Forehead headache', tags: ['pain'] },
    { text: 'A tired, heavy brow with eye strain', tags: ['vision-eye'] },
  ],
  perpetuatingFactors: [
    'Habitual frowning or raising the brows',
    'Eye strain from uncorrected sight, glare or a screen too far or too dim',
    'Emotional stress',
    'Trigger points in the clavicular sternocleidomastoid, of which it is often a satellite',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'The trigger point and zone are recalled from the trigger point manual and not yet checked against a cited page.',
};
