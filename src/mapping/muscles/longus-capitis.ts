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
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'c4-transverse', offsetMm: [-12, 14, 16] },
      sources: ['ANAT'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
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
  clinicalFrequency: 0.1,
  refersToHead: false,
  sources: ['ANAT', 'TS-1999'],
  uncertain: true,
});
