import type { MuscleStory } from '../types';

export const sternocleidomastoidSternalStory: MuscleStory = {
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
  triggerPoints: {
    low: {
      name: 'Lower trigger point (near the sternum)',
      location:
        'Low in the sternal division, a few centimetres above its tendon on the manubrium; held in a pincer grip',
      zones: ['Down over the upper sternum, just below the jugular notch'],
    },
    mid: {
      name: 'Middle trigger points',
      location: 'Along the middle third of the sternal division, at about mid-neck; held in a pincer grip',
      zones: [
        'Finger-like bands across the cheek reaching the maxilla, a band over the eyebrow onto the lower ' +
          'forehead, and deep in the orbit',
        'The throat, at the back of the tongue and over the front of the neck',
        'The point of the chin, and the temple',
      ],
    },
    high: {
      name: 'Upper trigger point (below the mastoid)',
      location: 'High in the sternal division, a few centimetres below its attachment to the mastoid process',
      zones: [
        'Along the occipital ridge from behind the ear toward the occiput, and a cap of pain on the vertex',
        'Around the external ear',
      ],
    },
  },
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
  frequencyNote:
    'Estimate, not a figure from the studies: the manual finds it often involved in head and face pain; placed ' +
    'below the upper trapezius and the suboccipitals, whose trigger points the headache studies found most often.',
  notes:
    'The throat, chin, temple and ear zones are given for the division as a whole in the sources; here they ' +
    'are attached to the middle and upper trigger points, which lie nearest to them. The throat is essential ' +
    'as in the pain guide; the temple is drawn because the guide lists the sternal division for temporal ' +
    'headache.',
};
