import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const masseterDeep: Muscle = followSurface({
  id: 'masseter-deep',
  name: 'Masseter, deep part',
  plainName: 'Main chewing muscle (inner layer)',
  group: 'jaw',
  layer: 3,
  origin: 'Back third of the lower border and the deep surface of the zygomatic arch',
  insertion: 'Upper part of the ramus of the mandible and the coronoid process',
  innervation: 'Masseteric nerve (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw and helps pull it back',
  referralSummary: 'Deep in the ear and the jaw joint, sometimes the side of the cheek; may bring ringing in that ear',
  triggerPoints: [
    {
      id: 'upper-posterior',
      name: 'Trigger point in front of the jaw joint',
      location: 'In the upper back part of the muscle, just in front of the jaw joint and under the zygomatic arch',
      at: { landmark: 'condylion', offsetMm: [0, -8, 10] },
      sources: ['ML-MAS', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'Deep in the ear and the jaw joint',
          strokes: [
            {
              radiusMm: 11,
              path: [{ landmark: 'porion', offsetMm: [6, 4, 3] }, { landmark: 'condylion' }],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The side of the cheek',
          strokes: [{ radiusMm: 13, path: [{ landmark: 'zygion', offsetMm: [0, -16, 4] }] }],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Ear ache and ringing (tinnitus) on the same side', tags: ['tinnitus', 'ear'] },
    { text: 'Pain at the jaw joint, worse on chewing', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth',
    'Chewing gum or tough foods',
    'A bite that does not meet evenly',
    'Emotional stress',
  ],
  clinicalFrequency: 0.35,
  frequencyNote:
    'Estimate: the cited studies give no figure for how often it is involved; set below the superficial part.',
  refersToHead: true,
  sources: ['TS-1999', 'ML-MAS', 'ANAT'],
});
