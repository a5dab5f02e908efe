import type { Muscle } from '../types';
import { followSurface } from './surface-path';

const SOURCES = ['ML-MAS', 'TPN-mas', 'TS-1999'] as const;

export const masseterSuperficial: Muscle = followSurface({
  id: 'masseter-superficial',
  name: 'Masseter, superficial part',
  plainName: 'Main chewing muscle (outer layer)',
  group: 'jaw',
  layer: 2,
  origin: 'Zygomatic process of the maxilla and the front two thirds of the lower border of the zygomatic arch',
  insertion: 'Angle and lower lateral surface of the ramus of the mandible',
  innervation: 'Masseteric nerve (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw with force and helps push it forward',
  referralSummary:
    'The upper or lower back teeth and the jaw bone, depending on the level of the trigger point; from its ' +
    'lowest part, an arc over the temple and eyebrow and along the jaw',
  triggerPoints: [
    {
      id: 'upper',
      name: 'Upper trigger point',
      location: 'In the front border, just below the zygomatic arch',
      at: { landmark: 'zygion', toward: 'gonion', t: 0.25, offsetMm: [0, 0, 10] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'The maxilla and the upper molars (a "sinus" pain)',
          strokes: [
            {
              radiusMm: 10,
              path: [
                { landmark: 'orbitale', offsetMm: [8, -20, -6] },
                { landmark: 'zygion', offsetMm: [-6, -32, 12] },
              ],
            },
            { radiusMm: 9, path: [{ landmark: 'prosthion', offsetMm: [30, 1, -26] }] },
          ],
        },
        {
          level: 'spillover',
          description: 'The upper gums',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'prosthion', offsetMm: [24, 2, -18] }] }],
        },
      ],
    },
    {
      id: 'mid',
      name: 'Middle trigger point',
      location: 'In the front border of the mid-belly, between the arch and the angle',
      at: { landmark: 'zygion', toward: 'gonion', t: 0.5, offsetMm: [0, 0, 10] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'The lower molars and the body of the mandible, and locally over the ramus',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'zygion', toward: 'gonion', t: 0.55, offsetMm: [0, 0, 4] },
                { landmark: 'gonion', offsetMm: [0, 8, 16] },
                { landmark: 'infradentale', offsetMm: [26, 2, -24] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The lower gums',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'infradentale', offsetMm: [20, -4, -14] }] }],
        },
      ],
    },
    {
      id: 'lower',
      name: 'Lower trigger point',
      location: 'In the lower belly, just above the angle of the mandible',
      at: { landmark: 'zygion', toward: 'gonion', t: 0.8, offsetMm: [0, 0, 6] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'An arc over the temple and above the eyebrow, and along the lower border of the mandible',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'zygion', offsetMm: [0, 22, -4] },
                { landmark: 'pterion', offsetMm: [0, 16, 8] },
                { landmark: 'frontotemporale', offsetMm: [0, 0, 0] },
                { landmark: 'supraorbitale', offsetMm: [-4, 12, 0] },
              ],
            },
            {
              radiusMm: 9,
              path: [
                { landmark: 'gonion', offsetMm: [0, 4, -4] },
                { landmark: 'gnathion', offsetMm: [19, 12, -31] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The body of the mandible around the angle',
          strokes: [{ radiusMm: 13, path: [{ landmark: 'gonion', toward: 'gnathion', t: 0.3, offsetMm: [0, 6, 0] }] }],
        },
      ],
    },
  ],
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
  clinicalFrequency: 0.55,
  frequencyNote:
    'Estimate, not a figure from the studies: the manual finds it often involved in jaw and tooth pain; in a ' +
    'small study of chronic tension-type headache its referred pain areas were smaller than those of the ' +
    'levator scapulae [FdlP-JBMT2010].',
  refersToHead: true,
  sources: ['TS-1999', 'ML-MAS', 'TPN-mas', 'FdlP-JBMT2010', 'ANAT'],
});
