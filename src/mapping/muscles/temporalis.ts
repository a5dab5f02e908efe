import type { Muscle } from '../types';
import { followSurface } from './surface-path';

const SOURCES = ['NAMTPT-TEMP', 'TS-1999'] as const;

export const temporalis: Muscle = followSurface({
  id: 'temporalis',
  name: 'Temporalis',
  plainName: 'Temple chewing muscle',
  group: 'jaw',
  layer: 3,
  origin: 'Floor of the temporal fossa up to the inferior temporal line, and the deep surface of the temporal fascia',
  insertion: 'Coronoid process and the front edge of the ramus of the mandible',
  innervation: 'Deep temporal nerves (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw; its back fibres pull the jaw backward',
  referralSummary:
    'Rays of pain over the temple, forward to the eyebrow or up and back over the side of the head above the ' +
    'ear depending on the trigger point, and into the upper teeth (not the lower)',
  triggerPoints: [
    {
      id: 'trp1',
      name: 'Trigger point 1 (anterior)',
      location: 'In the front fibres, 1-2 cm above the zygomatic arch, just behind the lateral rim of the orbit',
      at: { landmark: 'frontotemporale', toward: 'zygion', t: 0.6 },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'Forward along the eyebrow and the supraorbital ridge',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'frontotemporale', toward: 'zygion', t: 0.45 },
                { landmark: 'frontotemporale', offsetMm: [0, -10, 0] },
                { landmark: 'supraorbitale', offsetMm: [0, 7, 0] },
                { landmark: 'supraorbitale', offsetMm: [-16, 6, 2] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          description: 'The upper front teeth (incisors)',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'prosthion', offsetMm: [3, 6, 0] },
                { landmark: 'prosthion', offsetMm: [10, 6, -3] },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      name: 'Trigger point 2',
      location: 'In the middle-front fibres, 1-2 cm above the zygomatic arch, above its widest point',
      at: { landmark: 'zygion', offsetMm: [-4, 18, -6] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'Vertical rays up over the front of the temple',
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [-2, 14, 2] },
                { landmark: 'pterion', offsetMm: [0, 36, 10] },
              ],
            },
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [-2, 14, -10] },
                { landmark: 'pterion', offsetMm: [0, 40, -10] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          description: 'The upper canine and premolars',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'prosthion', offsetMm: [20, 6, -10] }] }],
        },
        {
          level: 'spillover',
          description: 'The maxilla',
          strokes: [{ radiusMm: 10, path: [{ landmark: 'orbitale', offsetMm: [6, -24, -6] }] }],
        },
      ],
    },
    {
      id: 'trp3',
      name: 'Trigger point 3',
      location: 'In the middle fibres, 1-2 cm above the zygomatic arch, in front of the ear',
      at: { landmark: 'porion', offsetMm: [2, 20, 18] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'Vertical rays up over the middle of the temple',
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'porion', offsetMm: [0, 18, 16] },
                { landmark: 'porion', offsetMm: [0, 84, 12] },
              ],
            },
            {
              radiusMm: 7,
              path: [
                { landmark: 'porion', offsetMm: [0, 18, 4] },
                { landmark: 'porion', offsetMm: [0, 82, -6] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          description: 'The upper back teeth (molars)',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'prosthion', offsetMm: [30, 6, -24] }] }],
        },
        {
          level: 'spillover',
          description: 'The jaw joint',
          strokes: [{ radiusMm: 8, path: [{ landmark: 'condylion' }] }],
        },
      ],
    },
    {
      id: 'trp4',
      name: 'Trigger point 4 (posterior)',
      location: 'In the back fibres, above and slightly behind the ear',
      at: { landmark: 'porion', offsetMm: [0, 26, -10] },
      sources: SOURCES,
      zones: [
        {
          level: 'essential',
          description: 'Backward and upward above and behind the ear, up over the side of the head',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'porion', offsetMm: [0, 24, -10] },
                { landmark: 'euryon', offsetMm: [0, 2, -10] },
                { landmark: 'euryon', toward: 'lambda', t: 0.35, offsetMm: [0, 8, 0] },
              ],
            },
            {
              radiusMm: 8,
              path: [
                { landmark: 'porion', offsetMm: [0, 22, -14] },
                { landmark: 'asterion', offsetMm: [0, 26, 0] },
              ],
            },
            // Up over the side of the head above the ear, toward the parietal eminence.
            {
              radiusMm: 8,
              path: [
                { landmark: 'porion', offsetMm: [0, 28, -6] },
                { landmark: 'euryon', offsetMm: [0, 26, 2] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Temple headache', tags: ['pain'] },
    { text: 'Upper teeth that ache or are oversensitive to heat, cold or biting', tags: ['teeth'] },
    { text: 'Mouth opening reduced by only 5-10 mm, often unnoticed', tags: ['jaw-movement'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth, by day or in sleep',
    'Chewing gum',
    'Forward head posture, which pulls the jaw toward closing',
    'A cold draught across the temple',
    'Emotional stress',
  ],
  clinicalFrequency: 0.65,
  frequencyNote:
    'Estimate, not a figure from the studies: the manual finds it often involved in temple headache; placed ' +
    'just below the upper trapezius, which shares the temple.',
  refersToHead: true,
  sources: ['TS-1999', 'NAMTPT-TEMP', 'ANAT'],
  notes:
    'The sources do not tell apart which of trigger points 2 and 3 sends pain to the maxilla and which to the ' +
    'jaw joint; they are shared between them here. The upper teeth are essential: the toothache list of the ' +
    'manual names the temporalis first for upper tooth pain.',
});
