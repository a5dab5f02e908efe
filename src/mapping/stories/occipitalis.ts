import type { MuscleStory } from '../types';

export const occipitalisStory: MuscleStory = {
  origin: 'Lateral two thirds of the superior nuchal line and the mastoid part of the temporal bone',
  insertion: 'Galea aponeurotica',
  innervation: 'Posterior auricular branch of the facial nerve (CN VII)',
  action: 'Pulls the scalp backward',
  referralSummary: 'The back and side of the back of the head; sometimes through the head to behind the eye',
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location: 'In the belly just above the superior nuchal line, about 4 cm from the midline',
      zones: ['The posterolateral back of the head on the same side', 'Felt through the head to behind the eye'],
    },
  },
  symptoms: [
    { text: 'Cannot rest the back of the head on a pillow', tags: ['pain'] },
    { text: 'Headache at the back of the head', tags: ['pain'] },
    { text: 'Eye strain', tags: ['vision-eye'] },
  ],
  perpetuatingFactors: [
    'Eye strain, e.g. uncorrected sight or glare',
    'Habitual raising of the brows and frowning',
    'Emotional stress',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'The trigger point and zones are recalled from the trigger point manual and not yet checked against a ' +
    'cited page.',
};
