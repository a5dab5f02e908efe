import type { MuscleStory } from '../types';

export const buccinatorStory: MuscleStory = {
  origin: 'Alveolar processes of the maxilla and mandible opposite the molars, and the pterygomandibular raphe',
  insertion: 'Modiolus and the fibres of orbicularis oris',
  innervation: 'Buccal branches of the facial nerve (CN VII)',
  action: 'Presses the cheek against the teeth, keeping food between them; helps blowing',
  referralSummary: 'Locally in the cheek under the cheekbone, and the upper and lower gums',
  triggerPoints: {
    'mid-cheek': {
      name: 'Trigger point in the mid-cheek',
      location: 'In the middle of the cheek, felt with one finger inside the mouth and one outside',
      zones: ['The cheek under the zygomatic bone, and the upper and lower gums'],
    },
  },
  symptoms: [{ text: 'Pain in the cheek on chewing or swallowing', tags: ['pain'] }],
  perpetuatingFactors: ['Poorly fitting dentures', 'Playing a wind instrument', 'Clenching the teeth'],
  frequencyNote:
    'Estimate: rarely the main source of pain; the cited studies give no figure for how often it is involved.',
  notes:
    'Recalled from the trigger point manual and not yet checked against a cited page: the trigger point and ' +
    'zone are plausible but unverified.',
};
