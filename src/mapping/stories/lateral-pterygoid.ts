import type { MuscleStory } from '../types';

/** The two heads cannot be told apart by their referral in the sources. */
const zones: readonly string[] = [
  'Deep in the jaw joint and the ear in front of which it lies, in a zone about 1 cm across',
  'The maxilla (a "sinus" pain) and the cheek over the zygomatic arch, about 3-4 cm across',
];

export const lateralPterygoidStory: MuscleStory = {
  origin:
    'Upper head: infratemporal surface of the greater wing of the sphenoid. Lower head: lateral surface of ' +
    'the lateral pterygoid plate',
  insertion: 'Pterygoid fovea on the neck of the condyle; the disc and capsule of the jaw joint',
  innervation: 'Nerve to the lateral pterygoid (mandibular division of the trigeminal nerve, V3)',
  action:
    'Pulls the jaw forward and helps open it; acting alone, moves the jaw to the opposite side; steadies the ' +
    'disc of the jaw joint',
  referralSummary:
    'Deep into the jaw joint and the ear in front of which it lies, and over the cheekbone and upper jaw, ' +
    'where it is felt like sinus pain',
  triggerPoints: {
    'upper-head': {
      name: 'Upper head trigger point',
      location:
        'In the upper head, reached through the mandibular notch with the mouth slightly open. A finger pressed ' +
        'inside the mouth up behind the upper molars probably meets the medial pterygoid or the buccinator ' +
        'rather than this muscle, so tenderness there does not confirm it',
      zones,
    },
    'lower-head': {
      name: 'Lower head trigger point',
      location:
        'In the lower head, pressed through the mandibular notch with the mouth slightly open; inside the ' +
        'mouth, up and back behind the maxillary tuberosity, the finger probably reaches the medial pterygoid ' +
        'or the buccinator rather than this muscle',
      zones,
    },
  },
  symptoms: [
    { text: 'Pain at the jaw joint that mimics arthritis of the joint', tags: ['pain'] },
    { text: 'Clicking of the jaw, or the jaw swinging to one side on opening', tags: ['jaw-movement'] },
    { text: 'Pain on chewing', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth',
    'Chewing gum',
    'Playing the violin or a wind instrument, which holds the jaw forward',
    'Forward head posture',
  ],
  frequencyNote: 'Estimate: often involved in jaw-joint pain in the sources, which give no figure for how often.',
};
