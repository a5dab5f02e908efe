import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const spleniusCervicis: Muscle = followSurface({
  id: 'splenius-cervicis',
  name: 'Splenius cervicis',
  plainName: 'Bandage muscle of the neck',
  group: 'posterior-neck',
  layer: 2,
  origin: 'Spinous processes of T3 to T6',
  insertion: 'Posterior tubercles of the transverse processes of C1 to C3',
  innervation: 'Dorsal rami of the lower cervical spinal nerves',
  action: 'Extends the neck; turns it and tilts it toward the same side',
  referralSummary:
    'From the upper trigger point, an ache inside the head that aims at the back of the eye, sometimes with ' +
    'the back of the head; from the lower one, the angle of the neck',
  triggerPoints: [
    {
      id: 'upper',
      name: 'Upper trigger point',
      location: 'At about C2-C3 in the side of the back of the neck, deep to the upper trapezius and splenius capitis',
      at: { landmark: 'atlas-transverse', toward: 'c4-transverse', t: 0.6, offsetMm: [6, 0, -16] },
      sources: ['DC-PC', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'A diffuse ache inside the head that aims at the back of the orbit on the same side',
          strokes: [
            { radiusMm: 12, path: [{ landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [2, 0, 2] }] },
            {
              radiusMm: 7,
              path: [
                { landmark: 'pterion', offsetMm: [0, -2, -6] },
                { landmark: 'orbitale', offsetMm: [5, 17, 1] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The back of the head on the same side',
          strokes: [
            { radiusMm: 17, path: [{ landmark: 'asterion', toward: 'opisthocranion', t: 0.65, offsetMm: [0, 14, 0] }] },
          ],
        },
      ],
    },
    {
      id: 'lower',
      name: 'Lower trigger point',
      location: 'At the base of the neck, about C7-T1, beside the spinous processes and deep to the trapezius',
      at: { landmark: 'cervicale', offsetMm: [22, -8, 10] },
      sources: ['DC-PC', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'The angle between the neck and the shoulder, and up the lower back of the neck',
          strokes: [
            {
              radiusMm: 14,
              path: [
                { landmark: 'cervicale', offsetMm: [24, 36, 0] },
                { landmark: 'cervicale', toward: 'acromion', t: 0.22, offsetMm: [0, 22, 8] },
                { landmark: 'cervicale', toward: 'acromion', t: 0.3, offsetMm: [0, 8, 2] },
              ],
            },
          ],
        },
      ],
    },
  ],
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
  clinicalFrequency: 0.3,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'DC-PC', 'ANAT'],
});
