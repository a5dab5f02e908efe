import type { MuscleStory } from '../types';

export const upperTrapeziusStory: MuscleStory = {
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
  triggerPoints: {
    trp1: {
      name: 'Trigger point 1 (free upper border)',
      location:
        'In the free front border of the vertical fibres, about midway between the root of the neck and the ' +
        'acromion; held in a pincer grip',
      zones: [
        'A strip up the posterolateral neck to the mastoid, then around behind the ear to the temple, ' +
          'ending behind the orbit',
        'The angle of the jaw (lower molars) and the back of the head behind the ear',
      ],
    },
    trp2: {
      name: 'Trigger point 2 (lower, more horizontal fibres)',
      location: 'Slightly lower and more lateral than trigger point 1, in the more horizontal fibres',
      zones: ['The upper neck behind the ear, up to the mastoid and over the occiput'],
    },
  },
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
  frequencyNote:
    'In a small study (20 patients with chronic tension-type headache, 20 controls), upper trapezius trigger ' +
    'points referred pain to the temple in most patients and in none of the controls [FdlP-EJP2007].',
};
