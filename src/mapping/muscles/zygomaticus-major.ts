import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const zygomaticusMajor: Muscle = followSurface({
  id: 'zygomaticus-major',
  name: 'Zygomaticus major',
  plainName: 'Smile muscle',
  group: 'scalp-and-face',
  layer: 1,
  origin: 'Lateral surface of the zygomatic bone',
  insertion: 'Modiolus at the corner of the mouth',
  innervation: 'Zygomatic and buccal branches of the facial nerve (CN VII)',
  action: 'Draws the corner of the mouth up and out, as in a smile',
  referralSummary: 'An arc from beside the nose up over the bridge of the nose to the middle of the forehead',
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'In the mid-belly toward the corner of the mouth, held in a pincer grip with one finger inside the cheek',
      at: { landmark: 'orbitale', offsetMm: [8, -32, -6] },
      sources: ['WMM-ZYG', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'An arc up the side and bridge of the nose to the middle of the forehead',
          strokes: [
            {
              radiusMm: 8,
              path: [
                { landmark: 'orbitale', offsetMm: [-18, -16, 10] },
                { landmark: 'nasion', offsetMm: [6, -6, 4] },
                { landmark: 'glabella', offsetMm: [2, 0, 0] },
                { landmark: 'glabella', toward: 'metopion', t: 0.6, offsetMm: [2, 0, 0] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Pain beside the nose and in the middle of the forehead', tags: ['pain'] },
    { text: 'Slightly limited mouth opening', tags: ['jaw-movement'] },
  ],
  perpetuatingFactors: [
    'Trigger points in the masseter or sternocleidomastoid, of which it is often a satellite',
    'Clenching the teeth',
  ],
  clinicalFrequency: 0.1,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'WMM-ZYG', 'ANAT'],
});
