import type { MuscleStory } from '../types';

export const longusColliStory: MuscleStory = {
  origin: 'Front of the bodies of C5 to T3 and the anterior tubercles of the transverse processes of C3 to C6',
  insertion: 'Anterior tubercle of the atlas, front of the bodies of C2 to C4 and the anterior tubercles of C5-C6',
  innervation: 'Anterior rami of C2 to C6',
  action: 'Bends the neck forward and flattens its curve (holds the head tucked); helps bend it to the side',
  referralSummary: 'The front of the neck and the throat, beside the windpipe; sometimes felt as a sore throat',
  triggerPoints: {
    belly: {
      name: 'Trigger point in the belly',
      location:
        'On the front of the cervical spine at about C4-C6: the fingers slide between the windpipe and the ' +
        'sternocleidomastoid (the carotid pulse kept lateral) and press gently back onto the vertebral bodies',
      zones: ['The front of the neck and the throat, beside the windpipe, from below the hyoid downward'],
    },
  },
  symptoms: [
    { text: 'Pain in the front of the neck and the throat', tags: ['pain'] },
    { text: 'A sore or tight throat and discomfort on swallowing', tags: ['throat-swallowing'] },
    { text: 'A stiff neck, worst when bending the head forward after a whiplash injury', tags: ['stiffness'] },
  ],
  perpetuatingFactors: [
    'Whiplash injury (the muscle is stretched as the head is thrown back)',
    'Forward head posture, with the chin pushed forward',
    'Long periods looking up, e.g. painting a ceiling',
    'Sleeping with the head bent or on too many pillows',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'Its pattern (the front of the neck and the throat) is recalled from the manual, not checked against a ' +
    'cited page. Throat pain and trouble swallowing have many causes to rule out first.',
};
