import type { Muscle, ReferralZone } from '../types';
import { followSurface } from './surface-path';

/** Both trigger points refer to the same places in the sources. */
const zones: readonly ReferralZone[] = [
  {
    level: 'essential',
    description: 'The angle between the neck and the shoulder, and the lower back of the neck above it',
    strokes: [
      {
        radiusMm: 16,
        path: [
          { landmark: 'cervicale', toward: 'acromion', t: 0.24, offsetMm: [0, 22, 20] },
          { landmark: 'cervicale', toward: 'acromion', t: 0.34, offsetMm: [0, 6, 8] },
        ],
      },
      {
        radiusMm: 13,
        path: [
          { landmark: 'cervicale', offsetMm: [30, 2, 0] },
          { landmark: 'cervicale', toward: 'acromion', t: 0.24, offsetMm: [0, 22, 20] },
          { landmark: 'cervicale', offsetMm: [26, 40, 2] },
        ],
      },
    ],
  },
  {
    level: 'spillover',
    description: 'Down the medial border of the shoulder blade, and the back of the shoulder',
    strokes: [
      {
        radiusMm: 10,
        path: [
          { landmark: 'cervicale', offsetMm: [50, -20, -4] },
          { landmark: 'cervicale', offsetMm: [56, -60, -8] },
        ],
      },
      { radiusMm: 14, path: [{ landmark: 'acromion', offsetMm: [-30, 4, -28] }] },
    ],
  },
];

export const levatorScapulae: Muscle = followSurface({
  id: 'levator-scapulae',
  name: 'Levator scapulae',
  plainName: 'Shoulder-blade lifter',
  group: 'posterior-neck',
  layer: 2,
  origin: 'Posterior tubercles of the transverse processes of C1 to C4',
  insertion: 'Medial border of the scapula, from the superior angle to the root of the spine',
  innervation: 'Dorsal scapular nerve (C5) and branches of C3-C4',
  action:
    'Raises the shoulder blade and turns its glenoid downward; bends the neck to the same side and helps ' +
    'turn it that way',
  referralSummary:
    'The angle where the neck meets the shoulder; sometimes down the inner edge of the shoulder blade and to ' +
    'the back of the shoulder',
  triggerPoints: [
    {
      id: 'neck-angle',
      name: 'Trigger point at the angle of the neck',
      location:
        'At the angle of the neck, where the muscle emerges from under the front edge of the upper trapezius: ' +
        'found by pushing the edge of the trapezius back and pressing on the muscle beneath it (it attaches to ' +
        'C1-C4, so there are no transverse processes to roll it against at this level)',
      at: { landmark: 'cervicale', toward: 'acromion', t: 0.25, offsetMm: [0, 26, 18] },
      sources: ['GAT', 'TS-1999'],
      zones,
    },
    {
      id: 'scapular',
      name: 'Trigger point above the superior angle of the scapula',
      location: 'Just above the superior angle of the shoulder blade, near the insertion, through the trapezius',
      at: { landmark: 'cervicale', offsetMm: [58, -30, 2] },
      sources: ['GAT', 'TS-1999'],
      zones,
    },
  ],
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
  clinicalFrequency: 0.55,
  frequencyNote:
    'Estimate, not a prevalence figure: in a small study of chronic tension-type headache the referred pain ' +
    'areas of the levator scapulae were larger than those of the sternocleidomastoid or masseter ' +
    '[FdlP-JBMT2010].',
  refersToHead: true,
  sources: ['TS-1999', 'GAT', 'FdlP-JBMT2010', 'ANAT'],
  notes:
    'Most of the referral lies at the neck-shoulder angle rather than on the head; the shoulder-blade ' +
    'spillover reaches the lower edge of the model.',
});
