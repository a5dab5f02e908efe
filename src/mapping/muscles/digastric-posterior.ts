import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const digastricPosterior: Muscle = followSurface({
  id: 'digastric-posterior',
  name: 'Digastric, posterior belly',
  plainName: 'Muscle under the jaw (back part)',
  group: 'anterior-neck',
  layer: 3,
  origin: 'Mastoid notch of the temporal bone',
  insertion: 'Intermediate tendon, held to the hyoid bone by a fibrous sling',
  innervation: 'Facial nerve (CN VII)',
  action: 'Raises the hyoid and pulls it back; helps open the jaw',
  referralSummary:
    'Around the mastoid and the top of the neck-strap muscle; sometimes the throat, under the chin and the ' +
    'back of the head',
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the posterior belly',
      location:
        'Below and behind the angle of the mandible, just in front of the mastoid process and under the earlobe',
      at: { landmark: 'mastoidale', toward: 'gonion', t: 0.45 },
      sources: ['NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'Around the mastoid process and over the upper end of the sternocleidomastoid',
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'mastoidale', offsetMm: [0, 16, -18] },
                { landmark: 'mastoidale', offsetMm: [0, 12, -6] },
                { landmark: 'mastoidale', offsetMm: [0, -24, 8] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The throat, under the chin, and the back of the head',
          strokes: [
            { radiusMm: 12, path: [{ landmark: 'hyoid', toward: 'jugular-notch', t: 0.3, offsetMm: [8, 0, 0] }] },
            { radiusMm: 10, path: [{ landmark: 'menton', toward: 'hyoid', t: 0.6, offsetMm: [6, 0, 0] }] },
            { radiusMm: 14, path: [{ landmark: 'asterion', toward: 'inion', t: 0.7, offsetMm: [0, 16, 0] }] },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'A "lump in the throat" feeling', tags: ['throat-swallowing'] },
    { text: 'Difficulty or discomfort swallowing', tags: ['throat-swallowing'] },
    { text: 'Pain below and behind the ear', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Mouth breathing, e.g. with a blocked nose',
    'Clenching or grinding the teeth',
    'Whiplash injury',
    'Forward head posture',
  ],
  clinicalFrequency: 0.25,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: true,
  sources: ['TS-1999', 'NAMTPT-DIG', 'NA-DIG', 'WMM-DIG', 'ANAT'],
});
