import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const upperTrapezius: Muscle = followSurface({
  id: 'upper-trapezius',
  name: 'Upper trapezius',
  plainName: 'Top-of-shoulder muscle',
  group: 'posterior-neck',
  layer: 1,
  origin:
    'External occipital protuberance, medial third of the superior nuchal line, ligamentum nuchae and the C7 ' +
    'spinous process',
  insertion: 'Lateral third of the clavicle and the acromion',
  innervation: 'Spinal accessory nerve (CN XI); sensory fibres from C3-C4',
  action:
    'Raises the shoulder blade and turns it upward; bends the neck to the same side, turns the head to the ' +
    'opposite side, and helps extend it',
  referralSummary:
    'Up the back and side of the neck, behind the ear and round to the temple, ending behind the eye; ' +
    'sometimes to the angle of the jaw and the back of the head',
  triggerPoints: [
    {
      id: 'trp1',
      name: 'Trigger point 1 (free upper border)',
      location:
        'In the free front border of the vertical fibres, about midway between the root of the neck and the ' +
        'acromion; held in a pincer grip',
      at: { landmark: 'cervicale', toward: 'acromion', t: 0.45, offsetMm: [0, 15, 5] },
      sources: ['ML-TP1', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description:
            'A strip up the posterolateral neck to the mastoid, then around behind the ear to the temple, ' +
            'ending behind the orbit',
          strokes: [
            {
              radiusMm: 13,
              path: [
                { landmark: 'mastoidale', offsetMm: [0, -72, -22] },
                { landmark: 'mastoidale', offsetMm: [0, -45, -18] },
                { landmark: 'mastoidale', offsetMm: [0, -5, -8] },
                { landmark: 'porion', offsetMm: [0, 22, -22] },
                { landmark: 'porion', offsetMm: [0, 38, 5] },
              ],
            },
            {
              radiusMm: 20,
              path: [
                { landmark: 'porion', offsetMm: [0, 38, 5] },
                { landmark: 'pterion' },
                { landmark: 'pterion', toward: 'frontotemporale', t: 0.7 },
              ],
            },
            // Ends behind the orbit: the deep ache a patient places in and behind the eye.
            {
              radiusMm: 14,
              path: [
                { landmark: 'pterion', toward: 'frontotemporale', t: 0.7 },
                { landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [4, 0, 2] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The angle of the jaw (lower molars) and the back of the head behind the ear',
          strokes: [
            { radiusMm: 13, path: [{ landmark: 'gonion' }] },
            { radiusMm: 15, path: [{ landmark: 'asterion', offsetMm: [0, 10, 0] }] },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      name: 'Trigger point 2 (lower, more horizontal fibres)',
      location: 'Slightly lower and more lateral than trigger point 1, in the more horizontal fibres',
      at: { landmark: 'cervicale', toward: 'acromion', t: 0.6, offsetMm: [0, 5, 0] },
      sources: ['ML-TP23', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'The upper neck behind the ear, up to the mastoid and over the occiput',
          strokes: [
            {
              radiusMm: 16,
              path: [
                { landmark: 'mastoidale', offsetMm: [-30, -46, -46] },
                { landmark: 'mastoidale', offsetMm: [-12, -8, -26] },
                { landmark: 'mastoidale', offsetMm: [-14, 6, -44] },
                { landmark: 'mastoidale', offsetMm: [0, 0, -12] },
                { landmark: 'asterion' },
                { landmark: 'asterion', toward: 'opisthocranion', t: 0.6, offsetMm: [0, 10, 0] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Tension-type headache at the temple, often with neck pain on the same side', tags: ['pain'] },
    { text: 'Dizziness when the sternocleidomastoid has satellite trigger points', tags: ['dizziness'] },
  ],
  perpetuatingFactors: [
    'Shoulders held up by stress or by a work surface that is too high',
    'Holding a phone between ear and shoulder',
    'Heavy shoulder bags or tight bra straps',
    'Chairs without armrests, or armrests set too low or too high',
    'Forward head posture at a screen or the wheel of a car',
  ],
  clinicalFrequency: 0.8,
  frequencyNote:
    'In a small study (20 patients with chronic tension-type headache, 20 controls), upper trapezius trigger ' +
    'points referred pain to the temple in most patients and in none of the controls [FdlP-EJP2007].',
  refersToHead: true,
  sources: ['TS-1999', 'ML-TP1', 'ML-TP23', 'FdlP-EJP2007', 'ANAT'],
});
