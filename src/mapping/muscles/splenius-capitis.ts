import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const spleniusCapitis: Muscle = followSurface({
  id: 'splenius-capitis',
  name: 'Splenius capitis',
  plainName: 'Bandage muscle of the head',
  group: 'posterior-neck',
  layer: 2,
  origin: 'Lower half of the ligamentum nuchae and the spinous processes of C7 to T3-T4',
  insertion: 'Mastoid process and the lateral part of the superior nuchal line, deep to the sternocleidomastoid',
  innervation: 'Dorsal rami of the middle cervical spinal nerves',
  action: 'Extends the head; turns it and tilts it toward the same side',
  referralSummary: 'A small, sharply felt spot on the top of the head on the same side',
  triggerPoints: [
    {
      id: 'upper',
      name: 'Trigger point below the mastoid',
      location:
        'Just below the mastoid process, in the muscular gap between the upper trapezius and the ' +
        'sternocleidomastoid, at about C1-C3',
      at: { landmark: 'mastoidale', toward: 'cervicale', t: 0.3, offsetMm: [4, 0, 0] },
      sources: ['GAT', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'A spot 3-4 cm across on the vertex, on the same side',
          strokes: [{ radiusMm: 17, path: [{ landmark: 'vertex', offsetMm: [9, 0, 4] }] }],
        },
      ],
    },
  ],
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
  clinicalFrequency: 0.45,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'GAT', 'ANAT'],
});
