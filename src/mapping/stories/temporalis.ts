import type { MuscleStory } from '../types';

export const temporalisStory: MuscleStory = {
  origin: 'Floor of the temporal fossa up to the inferior temporal line, and the deep surface of the temporal fascia',
  insertion: 'Coronoid process and the front edge of the ramus of the mandible',
  innervation: 'Deep temporal nerves (mandibular division of the trigeminal nerve, V3)',
  action: 'Closes the jaw; its back fibres pull the jaw backward',
  referralSummary:
    'Rays of pain over the temple, forward to the eyebrow or up and back over the side of the head above the ' +
    'ear depending on the trigger point, and into the upper teeth (not the lower)',
  triggerPoints: {
    trp1: {
      name: 'Trigger point 1 (anterior)',
      location: 'In the front fibres, 1-2 cm above the zygomatic arch, just behind the lateral rim of the orbit',
      zones: ['Forward along the eyebrow and the supraorbital ridge', 'The upper front teeth (incisors)'],
    },
    trp2: {
      name: 'Trigger point 2',
      location: 'In the middle-front fibres, 1-2 cm above the zygomatic arch, above its widest point',
      zones: ['Vertical rays up over the front of the temple', 'The upper canine and premolars', 'The maxilla'],
    },
    trp3: {
      name: 'Trigger point 3',
      location: 'In the middle fibres, 1-2 cm above the zygomatic arch, in front of the ear',
      zones: ['Vertical rays up over the middle of the temple', 'The upper back teeth (molars)', 'The jaw joint'],
    },
    trp4: {
      name: 'Trigger point 4 (posterior)',
      location: 'In the back fibres, above and slightly behind the ear',
      zones: ['Backward and upward above and behind the ear, up over the side of the head'],
    },
  },
  symptoms: [
    { text: 'Temple headache', tags: ['pain'] },
    { text: 'Upper teeth that ache or are oversensitive to heat, cold or biting', tags: ['teeth'] },
    { text: 'Mouth opening reduced by only 5-10 mm, often unnoticed', tags: ['jaw-movement'] },
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth, by day or in sleep',
    'Chewing gum',
    'Forward head posture, which pulls the jaw toward closing',
    'A cold draught across the temple',
    'Emotional stress',
  ],
  frequencyNote:
    'Estimate, not a figure from the studies: the manual finds it often involved in temple headache; placed ' +
    'just below the upper trapezius, which shares the temple.',
  notes:
    'The sources do not tell apart which of trigger points 2 and 3 sends pain to the maxilla and which to the ' +
    'jaw joint; they are shared between them here. The upper teeth are essential: the toothache list of the ' +
    'manual names the temporalis first for upper tooth pain.',
};
