import type { Muscle } from '../types';
import { followSurface } from './surface-path';

/**
 * The lower fibres of the trapezius and their trigger point 3 (the manual numbers the trapezius'
 * trigger points across the whole muscle; 1 and 2 are in `upper-trapezius.ts`). The model ends at
 * about T6, so only the upper part of the lower fibres is drawn, from T4-T6 to the root of the
 * spine of the scapula; the trigger point is placed in the lowest, most lateral part the model
 * shows, and `location` says where a clinician finds it in life.
 */
export const lowerTrapezius: Muscle = followSurface({
  id: 'lower-trapezius',
  name: 'Lower trapezius',
  plainName: 'Lower part of the shoulder-blade muscle',
  group: 'posterior-neck',
  layer: 1,
  origin: 'Spinous processes and supraspinous ligament of about T4 to T12',
  insertion: 'By a flat tendon onto the tubercle at the medial end of the spine of the scapula',
  innervation: 'Spinal accessory nerve (CN XI); sensory fibres from C3-C4',
  action: 'Draws the shoulder blade down and in, and helps turn it upward as the arm rises',
  referralSummary:
    'Up to the high neck beside the spine and the mastoid behind the ear, and to the top of the shoulder ' +
    '(acromion); a vague ache over the upper shoulder blade',
  triggerPoints: [
    {
      id: 'trp3',
      name: 'Trigger point 3 (lower fibres)',
      location:
        'In the lateral border of the lower fibres, where they cross the medial border of the shoulder blade, ' +
        'at about the level of its lower angle (mid-thoracic). The model ends at about T6, so the point is drawn ' +
        'in the lowest part of the muscle it shows, a few centimetres higher than in life',
      at: { landmark: 't6-spinous', offsetMm: [46, 20, -6] },
      sources: ['TS-1999', 'ML-TP23'],
      zones: [
        {
          level: 'essential',
          description:
            'The high neck beside the spine (upper cervical paraspinal area), the mastoid area behind the ear, ' +
            'and the top of the shoulder over the acromion',
          strokes: [
            {
              radiusMm: 13,
              path: [
                { landmark: 'inion', toward: 'cervicale', t: 0.2, offsetMm: [17, 0, 0] },
                { landmark: 'inion', toward: 'cervicale', t: 0.5, offsetMm: [17, 0, 0] },
              ],
            },
            {
              radiusMm: 11,
              path: [
                { landmark: 'inion', toward: 'cervicale', t: 0.2, offsetMm: [30, 0, 0] },
                { landmark: 'mastoidale', offsetMm: [0, 4, -10] },
              ],
            },
            { radiusMm: 14, path: [{ landmark: 'acromion', offsetMm: [-12, 6, 0] }] },
          ],
        },
        {
          level: 'spillover',
          description: 'A vague ache and tenderness over the upper shoulder blade (suprascapular area)',
          uncertain: true,
          strokes: [
            {
              radiusMm: 14,
              path: [
                { landmark: 'superior-angle', offsetMm: [4, 8, 2] },
                { landmark: 'acromion', offsetMm: [-45, 2, -12] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Aching at the back of the upper neck and behind the ear', tags: ['pain'] },
    { text: 'A deep ache on top of the shoulder', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Sitting slumped, with the shoulder blades drawn forward',
    'Leaning forward on the elbows for long periods, e.g. at a desk',
    'Reaching forward or up for long periods with the arms unsupported',
    'Weak lower shoulder-blade muscles after injury or disuse',
  ],
  clinicalFrequency: 0.35,
  frequencyNote:
    'Estimate: the cited studies examined the upper trapezius, not its lower fibres, and give no figure for ' +
    'this trigger point.',
  refersToHead: true,
  sources: ['TS-1999', 'ML-TP23', 'ANAT'],
  notes:
    'The spillover over the upper shoulder blade is recalled from the manual, not checked against a cited ' +
    'page. The model ends at about T6, so the muscle is drawn only from T4 to T6 and its trigger point sits ' +
    'higher than in life; its referral, in the neck, head and shoulder, is drawn where it is.',
});
