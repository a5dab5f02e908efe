import type { MuscleStory } from '../types';

export const masseterSuperficialStory: MuscleStory = {
  origin: 'Zygomatic process of the maxilla and the front two thirds of the lower border of the zygomatic arch',
  insertion: 'Angle and lower lateral surface of the ramus of the mandible',
  innervation: 'Masseteric nerve (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw with force and helps push it forward',
  referralSummary:
    'The upper or lower back teeth and the jaw bone, depending on the level of the trigger point; from its ' +
    'lowest part, an arc over the temple and eyebrow and along the jaw',
  triggerPoints: {
    upper: {
      name: 'Upper trigger point',
      location: 'In the front border, just below the zygomatic arch',
      zones: ['The maxilla and the upper molars (a "sinus" pain)', 'The upper gums'],
    },
    mid: {
      name: 'Middle trigger point',
      location: 'In the front border of the mid-belly, between the arch and the angle',
      zones: ['The lower molars and the body of the mandible, and locally over the ramus', 'The lower gums'],
    },
    lower: {
      name: 'Lower trigger point',
      location: 'In the lower belly, just above the angle of the mandible',
      zones: [
        'An arc over the temple and above the eyebrow, and along the lower border of the mandible',
        'The body of the mandible around the angle',
      ],
    },
  },
  symptoms: [
    { text: 'Limited mouth opening (trismus)', tags: ['jaw-movement'] },
    { text: 'Teeth that ache or are oversensitive, upper or lower back teeth', tags: ['teeth'] },
    { text: 'Pain mistaken for sinusitis or dental disease', tags: ['pain', 'teeth', 'nose-sinus'] },
    { text: 'Puffiness under the eye on the same side', tags: ['vision-eye'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth, especially under stress or in sleep',
    'Chewing gum, tough foods or ice',
    'A bite that does not meet evenly',
    'Long dental sessions with the mouth held wide open',
    'Forward head posture',
  ],
  frequencyNote:
    'Estimate, not a figure from the studies: the manual finds it often involved in jaw and tooth pain; in a ' +
    'small study of chronic tension-type headache its referred pain areas were smaller than those of the ' +
    'levator scapulae [FdlP-JBMT2010].',
};
