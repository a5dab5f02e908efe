import type { MuscleStory } from '../types';

export const spleniusCervicisStory: MuscleStory = {
  origin: 'Spinous processes of T3 to T6',
  insertion: 'Posterior tubercles of the transverse processes of C1 to C3',
  innervation: 'Dorsal rami of the lower cervical spinal nerves',
  action: 'Extends the neck; turns it and tilts it toward the same side',
  referralSummary:
    'From the upper trigger point, an ache inside the head that aims at the back of the eye, sometimes with ' +
    'the back of the head; from the lower one, the angle of the neck',
  triggerPoints: {
    upper: {
      name: 'Upper trigger point',
      location: 'At about C2-C3 in the side of the back of the neck, deep to the upper trapezius and splenius capitis',
      zones: [
        'A diffuse ache inside the head that aims at the back of the orbit on the same side',
        'The back of the head on the same side',
      ],
    },
    lower: {
      name: 'Lower trigger point',
      location: 'At the base of the neck, about C7-T1, beside the spinous processes and deep to the trapezius',
      zones: ['The angle between the neck and the shoulder, and up the lower back of the neck'],
    },
  },
  symptoms: [
    { text: 'Ache behind the eye, sometimes with blurred vision on the same side', tags: ['pain', 'vision-eye'] },
    { text: 'Stiff neck, worse turning the head', tags: ['stiffness'] },
  ],
  perpetuatingFactors: [
    'Holding the head turned and tilted back for long spells',
    'Whiplash injury',
    'A cold draught on the back of the neck',
    'Forward head posture',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
};
