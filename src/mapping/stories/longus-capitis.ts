import type { MuscleStory } from '../types';

export const longusCapitisStory: MuscleStory = {
  origin: 'Anterior tubercles of the transverse processes of C3 to C6, by tendinous slips',
  insertion: 'Under surface of the basilar part of the occipital bone, in front of the foramen magnum',
  innervation: 'Anterior rami of C1 to C3',
  action: 'Bends the head forward on the neck (nodding) and helps turn it to the same side',
  referralSummary:
    'Not described in the cited literature; drawn as the upper front of the neck and the throat, as for the ' +
    'longus colli (uncertain)',
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'In front of the transverse processes at about C3-C4, reached from the front between the ' +
        'sternocleidomastoid and the larynx (the carotid pulse kept lateral), deep under the longus colli edge',
      zones: ['The upper front of the neck and the throat, below the angle of the jaw'],
    },
  },
  symptoms: [
    { text: 'Pain in the upper front of the neck and the throat', tags: ['pain'] },
    { text: 'Discomfort on swallowing', tags: ['throat-swallowing'] },
  ],
  perpetuatingFactors: [
    'Whiplash injury',
    'Forward head posture, with the chin pushed forward',
    'Long periods looking up',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'No referral pattern of its own is described in the cited literature. It is drawn like the upper part ' +
    'of the longus colli, which lies beside it and is examined with it, so it can be found from the throat; ' +
    'treat the pattern as uncertain.',
};
