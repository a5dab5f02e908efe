import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const platysma: Muscle = followSurface({
  id: 'platysma',
  name: 'Platysma',
  plainName: 'Thin neck skin muscle',
  group: 'anterior-neck',
  layer: 1,
  origin: 'Fascia over the upper pectoralis major and the deltoid',
  insertion: 'Lower border of the mandible, the skin of the lower face and the corner of the mouth',
  innervation: 'Cervical branch of the facial nerve (CN VII)',
  action: 'Tightens the skin of the neck and pulls the lower lip and the corner of the mouth down',
  referralSummary: 'A prickling pain over the jaw bone, chin and lower cheek',
  triggerPoints: [
    {
      id: 'over-scm',
      name: 'Trigger point over the sternocleidomastoid',
      location: 'In the thin sheet over the sternocleidomastoid, about 2 cm above the clavicle',
      at: { landmark: 'jugular-notch', offsetMm: [38, 26, 13] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'Prickling over the mandible, the chin and the lower cheek',
          uncertain: true,
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'gonion', offsetMm: [0, -2, 10] },
                { landmark: 'gnathion', offsetMm: [10, 4, 0] },
              ],
            },
            { radiusMm: 12, path: [{ landmark: 'zygion', offsetMm: [-8, -44, 16] }] },
          ],
        },
      ],
    },
  ],
  symptoms: [{ text: 'Prickling or tingling over the jaw and chin', tags: ['numbness-tingling'] }],
  perpetuatingFactors: [
    'Trigger points in the sternocleidomastoid or scalenes, of which it is often a satellite',
    'Habitual tensing of the neck skin under stress',
  ],
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
