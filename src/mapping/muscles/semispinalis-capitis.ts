import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const semispinalisCapitis: Muscle = followSurface({
  id: 'semispinalis-capitis',
  name: 'Semispinalis capitis',
  plainName: 'Deep back-of-head muscle',
  group: 'posterior-neck',
  layer: 3,
  origin: 'Transverse processes of C7 to T6 and the articular processes of C4 to C6',
  insertion: 'Occipital bone between the superior and inferior nuchal lines, near the midline',
  innervation: 'Dorsal rami of the cervical nerves, including the greater occipital nerve (C2) and C3',
  action: 'Extends the head and helps tilt it to the same side',
  referralSummary:
    'From just below the skull: a band halfway round the head, worst at the temple and just above the eye. ' +
    'From lower down: up over the back of the head toward the crown',
  triggerPoints: [
    {
      id: 'upper',
      name: 'Upper trigger point (below the occipital ridge)',
      location: 'Just below the occipital ridge, about 2-3 cm from the midline, deep to the upper trapezius',
      at: { landmark: 'inion', offsetMm: [25, -14, 8] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'A band halfway round the head on the same side, strongest at the temple and just above the eye',
          uncertain: true,
          strokes: [
            {
              radiusMm: 10,
              path: [
                { landmark: 'inion', offsetMm: [20, 14, 2] },
                { landmark: 'asterion', offsetMm: [0, 28, 0] },
                { landmark: 'euryon', offsetMm: [0, -8, 24] },
                { landmark: 'pterion', offsetMm: [0, 8, 0] },
              ],
            },
            {
              radiusMm: 15,
              path: [
                { landmark: 'pterion', offsetMm: [0, 6, -4] },
                { landmark: 'frontotemporale', offsetMm: [0, -4, 0] },
                { landmark: 'supraorbitale', offsetMm: [2, 12, 0] },
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.35, offsetMm: [0, 8, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The back of the head on the same side',
          uncertain: true,
          strokes: [
            { radiusMm: 18, path: [{ landmark: 'inion', toward: 'opisthocranion', t: 0.6, offsetMm: [18, 0, 0] }] },
          ],
        },
      ],
    },
    {
      id: 'mid',
      name: 'Middle trigger point (about C2)',
      location: 'About 2-4 cm below the occiput, at the level of C2, a finger-breadth from the midline',
      at: { landmark: 'inion', toward: 'cervicale', t: 0.3, offsetMm: [16, 0, 6] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'Upward over the back of the head toward the vertex, on the same side',
          uncertain: true,
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'inion', offsetMm: [14, 8, 0] },
                { landmark: 'lambda', offsetMm: [18, 0, 0] },
                { landmark: 'vertex', offsetMm: [16, -21, -31] },
              ],
            },
          ],
        },
      ],
    },
  ],
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
  clinicalFrequency: 0.45,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'Both semispinalis trigger points and their zones are recalled from the trigger point manual and not yet ' +
    'checked against a cited page.',
});
