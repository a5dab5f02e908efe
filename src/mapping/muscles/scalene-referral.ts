import type { Muscle, ReferralZone, Symptom } from '../types';

/**
 * The scalenes send pain to the chest, the arm and hand and the inner edge of the shoulder
 * blade, almost all of it below the lower edge of a head-and-neck model. The strokes here mark
 * only where each zone meets the model (the root of the neck and the top of the shoulder
 * blade); the descriptions carry the full pattern.
 */
export const scaleneZones: readonly ReferralZone[] = [
  {
    level: 'essential',
    description:
      'The front of the chest, the front and back of the upper arm, the thumb side of the forearm and the ' +
      'thumb and index finger (outside the model; drawn only where the chest meets the root of the neck)',
    uncertain: true,
    strokes: [{ radiusMm: 8, path: [{ landmark: 'jugular-notch', offsetMm: [45, -18, -6] }] }],
  },
  {
    level: 'essential',
    description: 'The upper part of the medial border of the shoulder blade, at the lower edge of the model',
    uncertain: true,
    strokes: [
      {
        radiusMm: 9,
        path: [
          { landmark: 'cervicale', offsetMm: [44, -36, -6] },
          { landmark: 'cervicale', offsetMm: [48, -60, -8] },
        ],
      },
    ],
  },
];

export const scaleneSymptoms: readonly Symptom[] = [
  { text: 'Aching in the chest, arm and hand, often mistaken for heart or nerve-root pain', tags: ['chest-arm'] },
  {
    text: 'Tingling or numbness in the hand where the trigger points compress the brachial plexus',
    tags: ['numbness-tingling'],
  },
  { text: 'Pain between the shoulder blades', tags: ['pain'] },
];

export const scalenePerpetuatingFactors: readonly string[] = [
  'Breathing with the upper chest, as under stress or with a chronic cough',
  'Carrying or pulling heavy loads with the arms',
  'Sleeping with the head low or the neck side-bent',
  'A forward head posture at a desk or steering wheel',
];

export const scaleneFrequencyNote =
  'Estimate: the scalenes are not a source of head pain and the cited studies give no figure for them; kept ' +
  'low so they only break ties in the neck.';

export const scaleneNotes =
  'The scalenes are here for context: their zones are recalled from the trigger point manual, not checked, ' +
  "and lie mostly below the model, so their strokes only mark the model's edge.";

/** What the three scalene entries share: one referral pattern and one clinical story. */
export const scaleneGroup = {
  referralSummary:
    'Not the head: the chest, down the arm to the thumb and index finger, and the inner edge of the shoulder blade',
  symptoms: scaleneSymptoms,
  perpetuatingFactors: scalenePerpetuatingFactors,
  clinicalFrequency: 0.1,
  frequencyNote: scaleneFrequencyNote,
  refersToHead: false,
  sources: ['TS-1999', 'ANAT'],
  uncertain: true,
  notes: scaleneNotes,
} satisfies Partial<Muscle>;
