import type { MuscleStory } from '../types';

export const platysmaStory: MuscleStory = {
  origin: 'Fascia over the upper pectoralis major and the deltoid',
  insertion: 'Lower border of the mandible, the skin of the lower face and the corner of the mouth',
  innervation: 'Cervical branch of the facial nerve (CN VII)',
  action: 'Tightens the skin of the neck and pulls the lower lip and the corner of the mouth down',
  referralSummary: 'A prickling pain over the jaw bone, chin and lower cheek',
  triggerPoints: {
    'over-scm': {
      name: 'Trigger point over the sternocleidomastoid',
      location: 'In the thin sheet over the sternocleidomastoid, about 2 cm above the clavicle',
      zones: ['Prickling over the mandible, the chin and the lower cheek'],
    },
  },
  symptoms: [{ text: 'Prickling or tingling over the jaw and chin', tags: ['numbness-tingling'] }],
  perpetuatingFactors: [
    'Trigger points in the sternocleidomastoid or scalenes, of which it is often a satellite',
    'Habitual tensing of the neck skin under stress',
  ],
  frequencyNote:
    'Estimate: rarely the main source of pain; the cited studies give no figure for how often it is involved.',
  notes:
    'Recalled from the trigger point manual and not yet checked against a cited page: the trigger point and ' +
    'zone are plausible but unverified.',
};
