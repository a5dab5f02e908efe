import type { MuscleStory } from '../types';

export const orbicularisOculiStory: MuscleStory = {
  origin: 'Nasal part of the frontal bone, frontal process of the maxilla and the medial palpebral ligament',
  insertion: 'Circles the orbit and runs into the eyelids and the lateral palpebral raphe',
  innervation: 'Temporal and zygomatic branches of the facial nerve (CN VII)',
  action: 'Closes the eyelids, gently in blinking and tightly in squeezing',
  referralSummary:
    'Above the eyebrow and down over the bridge of the nose; sometimes the side of the nose to the upper lip',
  triggerPoints: {
    'upper-lid': {
      name: 'Trigger point in the upper-lid fibres',
      location: 'In the upper-lid fibres just below the eyebrow, over the upper rim of the orbit',
      zones: [
        'Just above the eyebrow and down over the bridge of the nose',
        'Down the side of the nose to the upper lip',
      ],
    },
  },
  symptoms: [
    { text: 'Pain around the eye and nose on squinting', tags: ['pain'] },
    { text: 'Twitching of the eyelid', tags: ['eyelid-twitch'] },
  ],
  perpetuatingFactors: ['Squinting in glare or at a poorly lit screen', 'Uncorrected sight', 'Frowning under stress'],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'Recalled from the trigger point manual and not yet checked against a cited page: the trigger point and ' +
    'zones are plausible but unverified.',
};
