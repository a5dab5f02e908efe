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
  triggerPoints: [
    {
      id: 'belly',
      at: { landmark: 'c4-transverse', offsetMm: [-20, -12, 12] },
      sources: ['TS-1999'],
      uncertain: true,
      zones: [
        {
          level: 'essential',
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
  clinicalFrequency: 0.15,
  refersToHead: false,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
});
