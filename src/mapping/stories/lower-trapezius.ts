import type { MuscleStory } from '../types';

export const lowerTrapeziusStory: MuscleStory = {
  origin: 'Spinous processes and supraspinous ligament of about T4 to T12',
  insertion: 'By a flat tendon onto the tubercle at the medial end of the spine of the scapula',
  innervation: 'Spinal accessory nerve (CN XI); sensory fibres from C3-C4',
  action: 'Draws the shoulder blade down and in, and helps turn it upward as the arm rises',
  referralSummary:
    'Up to the high neck beside the spine and the mastoid behind the ear, and to the top of the shoulder ' +
    '(acromion); a vague ache over the upper shoulder blade',
  triggerPoints: {
    trp3: {
      name: 'Trigger point 3 (lower fibres)',
      location:
        'In the lateral border of the lower fibres, where they cross the medial border of the shoulder blade, ' +
        'at about the level of its lower angle (mid-thoracic). The model ends at about T6, so the point is drawn ' +
        'in the lowest part of the muscle it shows, a few centimetres higher than in life',
      zones: [
        'The high neck beside the spine (upper cervical paraspinal area), the mastoid area behind the ear, ' +
          'and the top of the shoulder over the acromion',
        'A vague ache and tenderness over the upper shoulder blade (suprascapular area)',
      ],
    },
  },
  symptoms: [
    { text: 'Aching at the back of the upper neck and behind the ear', tags: ['pain'] },
    { text: 'A deep ache on top of the shoulder', tags: ['pain'] },
  ],
  perpetuatingFactors: [
    'Sitting slumped, with the shoulder blades drawn forward',
    'Leaning forward on the elbows for long periods, e.g. at a desk',
    'Reaching forward or up for long periods with the arms unsupported',
    'Weak lower shoulder-blade muscles after injury or disuse',
  ],
  frequencyNote:
    'Estimate: the cited studies examined the upper trapezius, not its lower fibres, and give no figure for ' +
    'this trigger point.',
  notes:
    'The spillover over the upper shoulder blade is recalled from the manual, not checked against a cited ' +
    'page. The model ends at about T6, so the muscle is drawn only from T4 to T6 and its trigger point sits ' +
    'higher than in life; its referral, in the neck, head and shoulder, is drawn where it is.',
};
