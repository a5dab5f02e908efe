import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const semispinalisCervicisMultifidi: Muscle = followSurface({
  id: 'semispinalis-cervicis-multifidi',
  name: 'Semispinalis cervicis and multifidi',
  plainName: 'Deep spine muscles of the neck',
  group: 'posterior-neck',
  layer: 4,
  origin: 'Transverse processes of T1 to T6 (semispinalis cervicis); articular processes of C4 to C7 (multifidi)',
  insertion:
    'Spinous processes of C2 to C5 (semispinalis cervicis); spinous processes two to four levels higher (multifidi)',
  innervation: 'Medial branches of the cervical dorsal rami',
  action: 'Extend the neck, turn it to the opposite side, and steady the vertebrae segment by segment',
  referralSummary:
    'Up to the base of the skull on the same side; sometimes down the neck to the top of the shoulder blade',
  triggerPoints: [
    {
      id: 'c4-c5',
      name: 'Trigger point at C4-C5',
      location:
        'In the groove beside the spinous processes (over the laminae) at about C4-C5, under the trapezius ' +
        'and semispinalis capitis',
      at: { landmark: 'axis-spinous', toward: 'cervicale', t: 0.4, offsetMm: [12, 0, 16] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'The suboccipital area, at the base of the skull on the same side',
          uncertain: true,
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'inion', offsetMm: [8, -16, 4] },
                { landmark: 'inion', offsetMm: [32, -22, 12] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description:
            'Up over the occiput; down the back of the neck to the upper medial border of the shoulder blade',
          uncertain: true,
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'inion', offsetMm: [14, -4, 2] },
                { landmark: 'inion', toward: 'opisthocranion', t: 0.7, offsetMm: [12, 0, 0] },
              ],
            },
            {
              radiusMm: 14,
              path: [
                { landmark: 'inion', toward: 'cervicale', t: 0.3, offsetMm: [12, 0, 4] },
                { landmark: 'cervicale', offsetMm: [12, 4, 0] },
                { landmark: 'cervicale', offsetMm: [6, -4, 0] },
                { landmark: 'cervicale', offsetMm: [48, -40, -4] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Stiff neck with pain at the base of the skull', tags: ['pain', 'stiffness'] },
    { text: 'Tenderness beside the cervical spinous processes', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'A pillow that is too high, too flat or too firm',
    'Forward head posture and long spells looking down at a phone or laptop',
    'Sustained neck extension, e.g. looking up at a high monitor',
  ],
  clinicalFrequency: 0.3,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'The trigger point and both zones are recalled from the trigger point manual and not yet checked against ' +
    'a cited page.',
});
