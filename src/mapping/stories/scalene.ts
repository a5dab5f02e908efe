import type { MuscleStory, Symptom } from '../types';

/** The words of the scalenes' one pattern (`../muscles/scalene-referral.ts`), zone by zone. */
export const scaleneZoneWords: readonly string[] = [
  'The front of the chest, the front and back of the upper arm, the thumb side of the forearm and the ' +
    'thumb and index finger (outside the model; drawn only where the chest meets the root of the neck)',
  'The upper part of the medial border of the shoulder blade, at the lower edge of the model',
];

const scaleneSymptoms: readonly Symptom[] = [
  { text: 'Aching in the chest, arm and hand, often mistaken for heart or nerve-root pain', tags: ['chest-arm'] },
  {
    text: 'Tingling or numbness in the hand where the trigger points compress the brachial plexus',
    tags: ['numbness-tingling'],
  },
  { text: 'Pain between the shoulder blades', tags: ['pain'] },
];

const scalenePerpetuatingFactors: readonly string[] = [
  'Breathing with the upper chest, as under stress or with a chronic cough',
  'Carrying or pulling heavy loads with the arms',
  'Sleeping with the head low or the neck side-bent',
  'A forward head posture at a desk or steering wheel',
];

const scaleneFrequencyNote =
  'Estimate: the scalenes are not a source of head pain and the cited studies give no figure for them; kept ' +
  'low so they only break ties in the neck.';

const scaleneNotes =
  'The scalenes are here for context: their zones are recalled from the trigger point manual, not checked, ' +
  "and lie mostly below the model, so their strokes only mark the model's edge.";

/** What the three scalene stories share: one referral pattern and one clinical story. */
export const scaleneStory = {
  referralSummary:
    'Not the head: the chest, down the arm to the thumb and index finger, and the inner edge of the shoulder blade',
  symptoms: scaleneSymptoms,
  perpetuatingFactors: scalenePerpetuatingFactors,
  frequencyNote: scaleneFrequencyNote,
  notes: scaleneNotes,
} satisfies Partial<MuscleStory>;
