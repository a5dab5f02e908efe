import type { Muscle } from '../types';
import { followSurface } from './surface-path';

export const sternocleidomastoidSternal: Muscle = followSurface({
  id: 'sternocleidomastoid-sternal',
  name: 'Sternocleidomastoid, sternal division',
  plainName: 'Front neck strap muscle (inner head)',
  group: 'lateral-neck',
  layer: 1,
  origin: 'Front of the manubrium of the sternum',
  insertion: 'Lateral surface of the mastoid process and the lateral half of the superior nuchal line',
  innervation: 'Spinal accessory nerve (CN XI); proprioceptive fibres from C2-C3',
  action:
    'Acting alone, tilts the head toward its own shoulder and turns the face to the opposite side; both ' +
    'sides together bend the neck forward and push the head forward, and help lift the chest in a deep breath',
  referralSummary:
    'Low in the muscle: the top of the breastbone. Middle: streaks across the cheek, pain over the eyebrow ' +
    'and deep in the eye socket, and the throat; sometimes the chin and the temple. Top: the ridge behind the ' +
    'ear toward the back of the head, and the crown of the head, sometimes the ear',
  triggerPoints: [
    {
      id: 'low',
      name: 'Lower trigger point (near the sternum)',
      location:
        'Low in the sternal division, a few centimetres above its tendon on the manubrium; held in a pincer grip',
      at: { landmark: 'jugular-notch', toward: 'mastoidale', t: 0.15 },
      sources: ['ML-SCM', 'NAMTPT-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description: 'Down over the upper sternum, just below the jugular notch',
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'jugular-notch', offsetMm: [2, -4, 0] },
                { landmark: 'jugular-notch', offsetMm: [2, -40, 4] },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'mid',
      name: 'Middle trigger points',
      location: 'Along the middle third of the sternal division, at about mid-neck; held in a pincer grip',
      at: { landmark: 'jugular-notch', toward: 'mastoidale', t: 0.5, offsetMm: [4, 0, 0] },
      sources: ['ML-SCM', 'NAMTPT-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description:
            'Finger-like bands across the cheek reaching the maxilla, a band over the eyebrow onto the lower ' +
            'forehead, and deep in the orbit',
          strokes: [
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [0, 4, -2] },
                { landmark: 'orbitale', offsetMm: [2, -4, 0] },
              ],
            },
            {
              radiusMm: 7,
              path: [
                { landmark: 'zygion', offsetMm: [0, -8, -4] },
                { landmark: 'orbitale', offsetMm: [-4, -16, -2] },
              ],
            },
            {
              radiusMm: 6,
              path: [
                { landmark: 'condylion', offsetMm: [4, -18, 14] },
                { landmark: 'orbitale', offsetMm: [-10, -34, 4] },
              ],
            },
            {
              radiusMm: 12,
              path: [
                { landmark: 'supraorbitale', offsetMm: [-14, 13, 0] },
                { landmark: 'supraorbitale', offsetMm: [12, 13, -8] },
              ],
            },
            {
              radiusMm: 13,
              path: [
                { landmark: 'orbitale', toward: 'supraorbitale', t: 0.4, offsetMm: [0, 0, 4] },
                { landmark: 'orbitale', offsetMm: [14, 8, -8] },
              ],
            },
          ],
        },
        {
          level: 'essential',
          description: 'The throat, at the back of the tongue and over the front of the neck',
          strokes: [
            {
              radiusMm: 11,
              path: [
                { landmark: 'hyoid', offsetMm: [8, 4, -4] },
                { landmark: 'hyoid', toward: 'jugular-notch', t: 0.45, offsetMm: [6, 0, 0] },
              ],
            },
          ],
        },
        {
          level: 'spillover',
          description: 'The point of the chin, and the temple',
          strokes: [
            { radiusMm: 10, path: [{ landmark: 'gnathion', toward: 'infradentale', t: 0.2, offsetMm: [6, 0, 0] }] },
            { radiusMm: 13, path: [{ landmark: 'pterion', offsetMm: [0, -2, -8] }] },
          ],
        },
      ],
    },
    {
      id: 'high',
      name: 'Upper trigger point (below the mastoid)',
      location: 'High in the sternal division, a few centimetres below its attachment to the mastoid process',
      at: { landmark: 'mastoidale', toward: 'jugular-notch', t: 0.2 },
      sources: ['ML-SCM', 'NAMTPT-SCM', 'TS-1999'],
      zones: [
        {
          level: 'essential',
          description:
            'Along the occipital ridge from behind the ear toward the occiput, and a cap of pain on the vertex',
          strokes: [
            {
              radiusMm: 12,
              path: [
                { landmark: 'mastoidale', offsetMm: [0, 12, -12] },
                { landmark: 'asterion', offsetMm: [0, 0, 0] },
                { landmark: 'asterion', toward: 'inion', t: 0.4, offsetMm: [0, 4, 0] },
                { landmark: 'inion', offsetMm: [12, 8, 0] },
              ],
            },
            { radiusMm: 15, path: [{ landmark: 'vertex', offsetMm: [14, 0, 10] }] },
          ],
        },
        {
          level: 'spillover',
          description: 'Around the external ear',
          strokes: [{ radiusMm: 14, path: [{ landmark: 'porion', offsetMm: [6, 2, -2] }] }],
        },
      ],
    },
  ],
  symptoms: [
    {
      text: 'Watering and reddening of the eye on the same side, a narrowed eyelid opening, blurred vision',
      tags: ['vision-eye'],
    },
    { text: 'A runny nose or "sinus" feeling', tags: ['nose-sinus'] },
    { text: 'Reduced hearing on the same side', tags: ['hearing'] },
    { text: 'Headache at the forehead, eye, cheek, temple, back of the head or crown', tags: ['pain'] },
    { text: 'Sore throat and painful swallowing', tags: ['throat-swallowing'] },
  ],
  perpetuatingFactors: [
    'Forward head posture at a desk or the wheel of a car',
    'Looking up for long spells (a monitor set too high, ceiling work, theatre front rows)',
    'Holding the head turned to one side, e.g. a screen placed off to the side',
    'Whiplash injury',
    'A chronic cough',
  ],
  clinicalFrequency: 0.6,
  frequencyNote:
    'Estimate, not a figure from the studies: the manual finds it often involved in head and face pain; placed ' +
    'below the upper trapezius and the suboccipitals, whose trigger points the headache studies found most often.',
  refersToHead: true,
  sources: ['TS-1999', 'ML-SCM', 'NAMTPT-SCM', 'ANAT'],
  notes:
    'The throat, chin, temple and ear zones are given for the division as a whole in the sources; here they ' +
    'are attached to the middle and upper trigger points, which lie nearest to them. The throat is essential ' +
    'as in the pain guide; the temple is drawn because the guide lists the sternal division for temporal ' +
    'headache.',
});
