import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const sternocleidomastoidClavicular: Muscle = followSurface({
  id: 'sternocleidomastoid-clavicular',
  name: 'Sternocleidomastoid, clavicular division',
  plainName: 'Front neck strap muscle (outer head)',
  group: 'lateral-neck',
  layer: 1,
  origin: 'Upper surface of the medial third of the clavicle',
  insertion: 'Lateral surface of the mastoid process and the lateral half of the superior nuchal line',
  innervation: 'Spinal accessory nerve (CN XI); proprioceptive fibres from C2-C3',
  action:
    'Acting alone, tilts the head toward its own shoulder and turns the face to the opposite side; both ' +
    'sides together bend the neck forward and help lift the chest in a deep breath',
  referralSummary:
    'The forehead on the same side (across to the other side when severe), deep in the ear and just behind ' +
    'it; occasionally the cheek and back teeth',
  triggerPoints: [
    {
      id: 'mid',
      name: 'Mid-belly trigger point',
      location:
        'In the middle of the clavicular division, lateral and deep to the sternal division; held in a pincer grip',
      at: { landmark: 'jugular-notch', toward: 'mastoidale', t: 0.5, offsetMm: [16, 0, -4] },
      sources: ['ML-SCM', 'DC-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description:
            'The forehead on the same side, up to the upper midline forehead; deep in the ear; behind the ear',
          strokes: [
            {
              radiusMm: 14,
              path: [
                { landmark: 'metopion', offsetMm: [4, 8, -2] },
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.5, offsetMm: [-12, 0, 0] },
                { landmark: 'frontotemporale', offsetMm: [0, 8, 0] },
              ],
            },
            { radiusMm: 9, path: [{ landmark: 'porion', offsetMm: [6, 4, 3] }] },
            { radiusMm: 13, path: [{ landmark: 'porion', offsetMm: [-2, 0, -28] }] },
          ],
        },
        {
          level: 'spillover',
          description: 'When severe, across the midline into the forehead on the other side',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'supraorbitale', toward: 'metopion', t: 0.5, opposite: true },
                { landmark: 'frontotemporale', offsetMm: [0, 8, 0], opposite: true },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'Occasionally the cheek over the maxilla and the back teeth',
          strokes: [
            {
              radiusMm: 9,
              path: [
                { landmark: 'orbitale', offsetMm: [4, -24, -6] },
                { landmark: 'zygion', offsetMm: [-4, -40, 10] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    {
      text: 'Forehead headache, sometimes with sweating or paleness of the forehead skin on the same side',
      tags: ['pain'],
    },
    { text: 'Dizziness or imbalance on changing posture, sometimes with nausea', tags: ['dizziness'] },
    { text: 'Misjudging the weight of objects held in the hands', tags: ['hand-coordination'] },
    { text: 'Ear ache without ear disease', tags: ['ear'] },
  ],
  perpetuatingFactors: [
    'Forward head posture at a desk or the wheel of a car',
    'Sustained turning of the head, e.g. a screen or a conversation partner off to one side',
    'Whiplash injury',
    'A chronic cough or laboured breathing that recruits the neck muscles',
  ],
  clinicalFrequency: 0.5,
  frequencyNote:
    'Estimate, not a figure from the studies: placed a little below the sternal division, whose referral ' +
    'covers more of the head.',
  refersToHead: true,
  sources: ['TS-1999', 'ML-SCM', 'DC-SCM', 'ANAT'],
});
