import type { MuscleStory } from '../types';

export const sternocleidomastoidClavicularStory: MuscleStory = {
  origin: 'Upper surface of the medial third of the clavicle',
  insertion: 'Lateral surface of the mastoid process and the lateral half of the superior nuchal line',
  innervation: 'Spinal accessory nerve (CN XI); proprioceptive fibres from C2-C3',
  action:
    'Acting alone, tilts the head toward its own shoulder and turns the face to the opposite side; both ' +
    'sides together bend the neck forward and help lift the chest in a deep breath',
  referralSummary:
    'The forehead on the same side (across to the other side when severe), deep in the ear and just behind ' +
    'it; occasionally the cheek and back teeth',
  triggerPoints: {
    mid: {
      name: 'Mid-belly trigger point',
      location:
        'In the middle of the clavicular division, lateral and deep to the sternal division; held in a pincer grip',
      zones: [
        'The forehead on the same side, up to the upper midline forehead; deep in the ear; behind the ear',
        'When severe, across the midline into the forehead on the other side',
        'Occasionally the cheek over the maxilla and the back teeth',
      ],
    },
  },
  symptoms: [
    {
      text: 'Forehead headache, sometimes with sweating or paleness of the forehead skin on the same side',
      tags: ['pain'],
    },
    { text: 'Dizziness or imbalance on changing posture, sometimes with nausea', tags: ['dizziness'] },
    { text: 'Misjudging the weight of objects held in the hands', tags: ['hand-coordination'] },
    { text: 'Ear ache without ear disease', tags: ['ear'] },
  ],
  perpetuatingFactors: [
    'Forward head posture at a desk or the wheel of a car',
    'Sustained turning of the head, e.g. a screen or a conversation partner off to one side',
    'Whiplash injury',
    'A chronic cough or laboured breathing that recruits the neck muscles',
  ],
  frequencyNote:
    'Estimate, not a figure from the studies: placed a little below the sternal division, whose referral ' +
    'covers more of the head.',
};
