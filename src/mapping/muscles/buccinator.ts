import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const buccinator: Muscle = followSurface({
  id: 'buccinator',
  name: 'Buccinator',
  plainName: 'Cheek muscle',
  group: 'scalp-and-face',
  layer: 3,
  origin: 'Alveolar processes of the maxilla and mandible opposite the molars, and the pterygomandibular raphe',
  insertion: 'Modiolus and the fibres of orbicularis oris',
  innervation: 'Buccal branches of the facial nerve (CN VII)',
  action: 'Presses the cheek against the teeth, keeping food between them; helps blowing',
  referralSummary: 'Locally in the cheek under the cheekbone, and the upper and lower gums',
  triggerPoints: [
    {
      id: 'mid-cheek',
      name: 'Trigger point in the mid-cheek',
      location: 'In the middle of the cheek, felt with one finger inside the mouth and one outside',
      at: { landmark: 'zygion', offsetMm: [-28, -35, 12] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'The cheek under the zygomatic bone, and the upper and lower gums',
          uncertain: true,
          strokes: [
            { radiusMm: 13, path: [{ landmark: 'zygion', offsetMm: [-4, -22, 18] }] },
            {
              radiusMm: 7,
              path: [
                { landmark: 'prosthion', offsetMm: [32, 0, -28] },
                { landmark: 'infradentale', offsetMm: [32, 2, -28] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [{ text: 'Pain in the cheek on chewing or swallowing', tags: ['pain'] }],
  perpetuatingFactors: ['Poorly fitting dentures', 'Playing a wind instrument', 'Clenching the teeth'],
  clinicalFrequency: 0.05,
  frequencyNote:
    'Estimate: rarely the main source of pain; the cited studies give no figure for how often it is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'Recalled from the trigger point manual and not yet checked against a cited page: the trigger point and ' +
    'zone are plausible but unverified.',
});
