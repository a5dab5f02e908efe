import type { MuscleStory } from '../types';

/** Both trigger points refer to the same places in the sources. */
const zones: readonly string[] = [
  'The angle between the neck and the shoulder, and the lower back of the neck above it',
  'Down the medial border of the shoulder blade, and the back of the shoulder',
];

export const levatorScapulaeStory: MuscleStory = {
  origin: 'Posterior tubercles of the transverse processes of C1 to C4',
  insertion: 'Medial border of the scapula, from the superior angle to the root of the spine',
  innervation: 'Dorsal scapular nerve (C5) and branches of C3-C4',
  action:
    'Raises the shoulder blade and turns its glenoid downward; bends the neck to the same side and helps ' +
    'turn it that way',
  referralSummary:
    'The angle where the neck meets the shoulder; sometimes down the inner edge of the shoulder blade and to ' +
    'the back of the shoulder',
  triggerPoints: {
    'neck-angle': {
      name: 'Trigger point at the angle of the neck',
      location:
        'At the angle of the neck, where the muscle emerges from under the front edge of the upper trapezius: ' +
        'found by pushing the edge of the trapezius back and pressing on the muscle beneath it (it attaches to ' +
        'C1-C4, so there are no transverse processes to roll it against at this level)',
      zones,
    },
    scapular: {
      name: 'Trigger point above the superior angle of the scapula',
      location: 'Just above the superior angle of the shoulder blade, near the insertion, through the trapezius',
      zones,
    },
  },
  symptoms: [
    { text: 'Stiff neck: cannot turn the head fully to the same side', tags: ['stiffness'] },
    { text: 'Pain at the angle of the neck and shoulder', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Holding the head turned for long spells, e.g. a monitor off to one side or twisting to reverse a car',
    'Emotional stress held as raised shoulders',
    'Chilling of the neck, e.g. a cold draught or sleeping in a cold room',
    'Holding a phone between ear and shoulder',
    'Crutches or armrests set too high',
  ],
  frequencyNote:
    'Estimate, not a prevalence figure: in a small study of chronic tension-type headache the referred pain ' +
    'areas of the levator scapulae were larger than those of the sternocleidomastoid or masseter ' +
    '[FdlP-JBMT2010].',
  notes:
    'Most of the referral lies at the neck-shoulder angle rather than on the head; the shoulder-blade ' +
    'spillover reaches the lower edge of the model.',
};
