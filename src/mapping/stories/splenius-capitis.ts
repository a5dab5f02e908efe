import type { MuscleStory } from '../types';

export const spleniusCapitisStory: MuscleStory = {
  origin: 'Lower half of the ligamentum nuchae and the spinous processes of C7 to T3-T4',
  insertion: 'Mastoid process and the lateral part of the superior nuchal line, deep to the sternocleidomastoid',
  innervation: 'Dorsal rami of the middle cervical spinal nerves',
  action: 'Extends the head; turns it and tilts it toward the same side',
  referralSummary: 'A small, sharply felt spot on the top of the head on the same side',
  triggerPoints: {
    upper: {
      name: 'Trigger point below the mastoid',
      location:
        'Just below the mastoid process, in the muscular gap between the upper trapezius and the ' +
        'sternocleidomastoid, at about C1-C3',
      zones: ['A spot 3-4 cm across on the vertex, on the same side'],
    },
  },
  symptoms: [
    { text: 'Pain at the top of the head', tags: ['pain'] },
    { text: 'Neck pain and stiffness, with limited turning of the head', tags: ['pain', 'stiffness'] },
  ],
  perpetuatingFactors: [
    'Whiplash injury',
    'Holding the head turned and tilted back for long spells (e.g. a monitor placed high and to one side)',
    'A cold draught on the back of the neck, as from air conditioning or an open car window',
    'Forward head posture',
  ],
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
};
