import type { MuscleStory } from '../types';

export const semispinalisCervicisMultifidiStory: MuscleStory = {
  origin: 'Transverse processes of T1 to T6 (semispinalis cervicis); articular processes of C4 to C7 (multifidi)',
  insertion:
    'Spinous processes of C2 to C5 (semispinalis cervicis); spinous processes two to four levels higher (multifidi)',
  innervation: 'Medial branches of the cervical dorsal rami',
  action: 'Extend the neck, turn it to the opposite side, and steady the vertebrae segment by segment',
  referralSummary:
    'Up to the base of the skull on the same side; sometimes down the neck to the top of the shoulder blade',
  triggerPoints: {
    'c4-c5': {
      name: 'Trigger point at C4-C5',
      location:
        'In the groove beside the spinous processes (over the laminae) at about C4-C5, under the trapezius ' +
        'and semispinalis capitis',
      zones: [
        'The suboccipital area, at the base of the skull on the same side',
        'Up over the occiput; down the back of the neck to the upper medial border of the shoulder blade',
      ],
    },
  },
  symptoms: [
    { text: 'Stiff neck with pain at the base of the skull', tags: ['pain', 'stiffness'] },
    { text: 'Tenderness beside the cervical spinous processes', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'A pillow that is too high, too flat or too firm',
    'Forward head posture and long spells looking down at a phone or laptop',
    'Sustained neck extension, e.g. looking up at a high monitor',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'The trigger point and both zones are recalled from the trigger point manual and not yet checked against ' +
    'a cited page.',
};
