import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const digastricAnterior: Muscle = followSurface({
  id: 'digastric-anterior',
  name: 'Digastric, anterior belly',
  plainName: 'Muscle under the chin',
  group: 'anterior-neck',
  layer: 2,
  origin: 'Digastric fossa on the inner side of the lower border of the mandible, beside the midline',
  insertion: 'Intermediate tendon, held to the hyoid bone by a fibrous sling',
  innervation: 'Nerve to the mylohyoid (mandibular division of the trigeminal nerve, V3)',
  action: 'Opens the jaw against resistance and raises the hyoid',
  referralSummary: 'The four lower front teeth and the gum ridge below them; sometimes the tongue, lower lip and chin',
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the anterior belly',
      location: 'Under the chin, a finger-breadth beside the midline, just behind the lower border of the mandible',
      at: { landmark: 'menton', toward: 'hyoid', t: 0.3, offsetMm: [10, 0, 0] },
      sources: ['NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'The four lower incisors and the alveolar ridge below them',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'infradentale', offsetMm: [-6, 2, 0] },
                { landmark: 'infradentale', offsetMm: [12, 2, -3] },
              ],
            },
            {
              radiusMm: 8,
              path: [
                { landmark: 'infradentale', offsetMm: [2, 0, 0] },
                { landmark: 'infradentale', offsetMm: [4, -14, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The tip of the tongue, the lower lip and the chin',
          strokes: [
            { radiusMm: 8, path: [{ landmark: 'infradentale', offsetMm: [6, -4, 4] }] },
            { radiusMm: 11, path: [{ landmark: 'gnathion', toward: 'infradentale', t: 0.25, offsetMm: [6, 0, 0] }] },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Aching lower front teeth without dental disease', tags: ['teeth'] },
    { text: 'Tenderness under the chin', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth',
    'Mouth breathing',
    'Forward head posture, which stretches the muscles under the chin',
  ],
  clinicalFrequency: 0.2,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'ANAT'],
});
