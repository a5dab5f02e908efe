import type { Muscle } from '../types';
import { followSurface } from './surface-path';

/**
 * The deepest flexor on the front of the cervical spine. The manual describes its trigger points
 * with the anterior neck muscles, but its pattern is recalled here rather than checked against a
 * cited page: every zone is marked uncertain.
 */
export const longusColli: Muscle = followSurface({
  id: 'longus-colli',
  name: 'Longus colli',
  plainName: 'Deep front-of-spine neck muscle',
  group: 'anterior-neck',
  layer: 4,
  origin: 'Front of the bodies of C5 to T3 and the anterior tubercles of the transverse processes of C3 to C6',
  insertion: 'Anterior tubercle of the atlas, front of the bodies of C2 to C4 and the anterior tubercles of C5-C6',
  innervation: 'Anterior rami of C2 to C6',
  action: 'Bends the neck forward and flattens its curve (holds the head tucked); helps bend it to the side',
  referralSummary: 'The front of the neck and the throat, beside the windpipe; sometimes felt as a sore throat',
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'On the front of the cervical spine at about C4-C6: the fingers slide between the windpipe and the ' +
        'sternocleidomastoid (the carotid pulse kept lateral) and press gently back onto the vertebral bodies',
      at: { landmark: 'c4-transverse', offsetMm: [-20, -12, 12] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'The front of the neck and the throat, beside the windpipe, from below the hyoid downward',
          uncertain: true,
          // Deep and poorly localised, and recalled: it answers here but below the book's listed muscles.
          strokes: [
            {
              peak: 0.45,
              radiusMm: 14,
              path: [
                { landmark: 'hyoid', offsetMm: [9, -8, -6] },
                { landmark: 'jugular-notch', toward: 'hyoid', t: 0.3, offsetMm: [9, 0, 0] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Pain in the front of the neck and the throat', tags: ['pain'] },
    { text: 'A sore or tight throat and discomfort on swallowing', tags: ['throat-swallowing'] },
    { text: 'A stiff neck, worst when bending the head forward after a whiplash injury', tags: ['stiffness'] },
  ],
  perpetuatingFactors: [
    'Whiplash injury (the muscle is stretched as the head is thrown back)',
    'Forward head posture, with the chin pushed forward',
    'Long periods looking up, e.g. painting a ceiling',
    'Sleeping with the head bent or on too many pillows',
  ],
  clinicalFrequency: 0.15,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: false,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes:
    'Its pattern (the front of the neck and the throat) is recalled from the manual, not checked against a ' +
    'cited page. Throat pain and trouble swallowing have many causes to rule out first.',
});
