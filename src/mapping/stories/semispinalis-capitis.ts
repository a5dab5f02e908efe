import type { MuscleStory } from '../types';

export const semispinalisCapitisStory: MuscleStory = {
  origin: 'Transverse processes of C7 to T6 and the articular processes of C4 to C6',
  insertion: 'Occipital bone between the superior and inferior nuchal lines, near the midline',
  innervation: 'Dorsal rami of the cervical nerves, including the greater occipital nerve (C2) and C3',
  action: 'Extends the head and helps tilt it to the same side',
  referralSummary:
    'From just below the skull: a band halfway round the head, worst at the temple and just above the eye. ' +
    'From lower down: up over the back of the head toward the crown',
  triggerPoints: {
    upper: {
      name: 'Upper trigger point (below the occipital ridge)',
      location: 'Just below the occipital ridge, about 2-3 cm from the midline, deep to the upper trapezius',
      zones: [
        'A band halfway round the head on the same side, strongest at the temple and just above the eye',
        'The back of the head on the same side',
      ],
    },
    mid: {
      name: 'Middle trigger point (about C2)',
      location: 'About 2-4 cm below the occiput, at the level of C2, a finger-breadth from the midline',
      zones: ['Upward over the back of the head toward the vertex, on the same side'],
    },
  },
  symptoms: [
    { text: 'Headache at the temple and above the eye, with tenderness at the base of the skull', tags: ['pain'] },
    {
      text: 'Numbness, tingling or burning over the back of the scalp when the greater occipital nerve is entrapped',
      tags: ['numbness-tingling'],
    },
    { text: 'Limited bending of the head forward', tags: ['stiffness'] },
  ],
  perpetuatingFactors: [
    'Forward head posture at a desk, screen or steering wheel',
    'Reading or working with the head bent down for long spells',
    'Bifocal or progressive lenses that make the wearer tip the head back',
    'Sleeping with the neck bent on a high or hard pillow',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  notes:
    'Both semispinalis trigger points and their zones are recalled from the trigger point manual and not yet ' +
    'checked against a cited page.',
};
