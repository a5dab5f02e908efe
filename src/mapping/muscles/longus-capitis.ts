import type { Muscle } from '../types';
import { followSurface } from './surface-path';

/**
 * The prevertebral muscle in front of the upper cervical spine, over the upper longus colli. The
 * cited literature describes no referral pattern of its own: the zone drawn is the upper part of
 * the longus colli's (the two are palpated together from the front), and it is marked uncertain.
 */
export const longusCapitis: Muscle = followSurface({
  id: 'longus-capitis',
  name: 'Longus capitis',
  plainName: 'Deep front-of-spine head muscle',
  group: 'anterior-neck',
  layer: 4,
  origin: 'Anterior tubercles of the transverse processes of C3 to C6, by tendinous slips',
  insertion: 'Under surface of the basilar part of the occipital bone, in front of the foramen magnum',
  innervation: 'Anterior rami of C1 to C3',
  action: 'Bends the head forward on the neck (nodding) and helps turn it to the same side',
  referralSummary:
    'Not described in the cited literature; drawn as the upper front of the neck and the throat, as for the ' +
    'longus colli (uncertain)',
  triggerPoints: [
    {
      id: 'belly',
      name: 'Trigger point in the belly',
      location:
        'In front of the transverse processes at about C3-C4, reached from the front between the ' +
        'sternocleidomastoid and the larynx (the carotid pulse kept lateral), deep under the longus colli edge',
      at: { landmark: 'c4-transverse', offsetMm: [-12, 14, 16] },
      sources: ['ANAT'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
          description: 'The upper front of the neck and the throat, below the angle of the jaw',
          uncertain: true,
          // Deep and poorly localised, and recalled: it answers here but below the book's listed muscles.
          strokes: [
            {
              peak: 0.4,
              radiusMm: 12,
              path: [
                { landmark: 'hyoid', offsetMm: [14, 2, -10] },
                { landmark: 'hyoid', toward: 'jugular-notch', t: 0.35, offsetMm: [9, 0, -2] },
              ],
            },
          ],
        },
      ],
    },
  ],
  symptoms: [
    { text: 'Pain in the upper front of the neck and the throat', tags: ['pain'] },
    { text: 'Discomfort on swallowing', tags: ['throat-swallowing'] },
  ],
  perpetuatingFactors: [
    'Whiplash injury',
    'Forward head posture, with the chin pushed forward',
    'Long periods looking up',
  ],
  clinicalFrequency: 0.1,
  frequencyNote: 'Estimate: the cited studies give no figure for how often this muscle is involved.',
  refersToHead: false,
  sources: ['ANAT', 'TS-1999'],
  uncertain: true,
  notes:
    'No referral pattern of its own is described in the cited literature. It is drawn like the upper part ' +
    'of the longus colli, which lies beside it and is examined with it, so it can be found from the throat; ' +
    'treat the pattern as uncertain.',
});
