import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const medialPterygoid: Muscle = followSurface({
  id: 'medial-pterygoid',
  name: 'Medial pterygoid',
  plainName: 'Inner jaw-closing muscle',
  group: 'jaw',
  layer: 4,
  origin:
    'Medial surface of the lateral pterygoid plate and the pyramidal process of the palatine bone (deep ' +
    'head); the maxillary tuberosity (superficial head)',
  insertion: 'Medial surface of the ramus and angle of the mandible',
  innervation: 'Nerve to the medial pterygoid (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw and pushes it forward; acting alone, moves it to the opposite side',
  referralSummary:
    'The back of the mouth and the throat (tongue, pharynx, hard palate), below and behind the jaw joint, and ' +
    'deep in the ear; not the teeth. Often involved in a sore throat and painful swallowing',
  triggerPoints: [
    {
      id: 'angle',
      name: 'Trigger point inside the angle of the mandible',
      location:
        'On the inner surface of the angle of the mandible, felt from below by pressing up under the angle, ' +
        'or inside the mouth',
      at: { landmark: 'gonion', offsetMm: [-12, 10, 8] },
      sources: ['ML-MPT', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description:
            'Below and behind the jaw joint, deep in the ear, the back of the mouth (tongue, hard palate) and ' +
            'the throat (pharynx): a sore throat and painful swallowing',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'condylion', offsetMm: [0, -10, -8] },
                { landmark: 'gonion', offsetMm: [0, 16, -6] },
              ],
            },
            { radiusMm: 8, path: [{ landmark: 'porion', offsetMm: [6, 2, 3] }] },
            // The pharynx: from under the angle to the front of the throat, where a sore throat is felt.
            {
              radiusMm: 10,
              path: [
                { landmark: 'gonion', offsetMm: [-10, -12, 12] },
                { landmark: 'hyoid', offsetMm: [10, 0, -8] },
                { landmark: 'hyoid', toward: 'jugular-notch', t: 0.35, offsetMm: [5, 0, 0] },
              ],
            },
            // Tongue and hard palate: the surface frame carries them out onto the closed lips.
            {
              radiusMm: 7,
              path: [{ landmark: 'prosthion', toward: 'infradentale', t: 0.5, offsetMm: [2, 0, -20] }],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Pain or discomfort on swallowing; a sore throat', tags: ['throat-swallowing'] },
    { text: 'Limited mouth opening', tags: ['jaw-movement'] },
    { text: 'A stuffy feeling in the ear', tags: ['ear'] },
  ],
  perpetuatingFactors: ['Clenching or grinding the teeth', 'Chewing gum', 'Forward head posture', 'Emotional stress'],
  clinicalFrequency: 0.3,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'ML-MPT', 'ANAT'],
});
