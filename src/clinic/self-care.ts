/**
 * General self-care ideas per muscle, drawn from the corrective actions that the trigger point
 * literature gives for each muscle (Travell & Simons, vol. 1, "corrective actions" sections) and
 * from everyday ergonomics. General advice only: no doses, no diagnosis. A therapist tailors it.
 */
export interface SelfCare {
  /** Gentle stretches or movements, described so a patient can picture them. */
  readonly movements: readonly string[];
  /** Changes to posture, workstation, car, sleep or habits. */
  readonly habits: readonly string[];
  readonly sources: readonly string[];
}

const neckPosture = [
  'Bring the screen to eye level and close enough to read without pushing the chin forward.',
  'In the car, sit upright with the headrest close to the back of the head and the mirrors set for that posture.',
  'Take short movement breaks from long spells at a desk or phone; drink water through the day.',
];

const jawHabits = [
  'Rest position: lips together, teeth apart, tongue resting on the palate.',
  'Notice and stop daytime clenching; avoid chewing gum and very hard or chewy foods while sore.',
  'Ask a dentist about night-time grinding if you wake with a tired jaw.',
];

const selfCareByGroup: Record<string, SelfCare> = {
  'posterior-neck': {
    movements: [
      'Slow chin nods ("making a double chin") while lying down or sitting tall, without pain.',
      'Gentle turning and side-bending of the head within the comfortable range, several times a day.',
      'Warmth over the back of the neck before moving it.',
    ],
    habits: [...neckPosture, 'Sleep with a pillow that keeps the neck level, not propped high or twisted.'],
    sources: ['TS-1999', 'GAT'],
  },
  suboccipital: {
    movements: [
      'Chin nods: tuck the chin gently as if nodding "yes" with the top of the neck only.',
      'Gentle pressure with the fingertips just under the skull while breathing slowly, stopping if it hurts more.',
    ],
    habits: [...neckPosture, 'Check glasses: tilting the head back to read through bifocals strains these muscles.', 'Keep the neck warm in cold draughts.'],
    sources: ['TS-1999', 'GAT', 'DC-PC'],
  },
  'lateral-neck': {
    movements: ['Gentle side-bending away from the sore side while the shoulder relaxes down.', 'Slow turning of the head, staying out of pain.'],
    habits: [...neckPosture, 'Avoid long spells looking up (ceilings, high shelves) or turned to one side toward a screen.'],
    sources: ['TS-1999', 'DC-SCM'],
  },
  'anterior-neck': {
    movements: ['Gentle opening and closing of the mouth with the tongue on the palate.', 'Relaxed swallowing and slow nasal breathing.'],
    habits: [...jawHabits, 'Breathe through the nose where possible.'],
    sources: ['TS-1999', 'NA-DIG'],
  },
  jaw: {
    movements: ['Gentle, controlled mouth opening in front of a mirror, keeping the jaw straight.', 'Warmth over the cheek and temple, then relaxed opening.'],
    habits: [...jawHabits, 'During long dental work, ask for short breaks to close and rest the jaw.'],
    sources: ['TS-1999', 'NAMTPT-TEMP', 'ML-MAS'],
  },
  'scalp-and-face': {
    movements: ['Soften the forehead and the brows; gentle circles with the fingertips over the sore spot.'],
    habits: ['Have your eyes checked if you squint or frown to see.', 'Reduce screen glare and take visual breaks.', 'Notice frowning when stressed or concentrating.'],
    sources: ['TS-1999'],
  },
};

/** Extra, muscle-specific points where the literature names a particular habit. */
const extraHabits: Record<string, readonly string[]> = {
  'upper-trapezius': ['Use armrests at elbow height; do not cradle a phone between ear and shoulder; carry bags on alternate sides or use a backpack.'],
  'levator-scapulae': ['Face the screen or the person you talk to instead of turning the head for long spells.'],
  'sternocleidomastoid-sternal': ['Treat a chronic cough; avoid sleeping on a high stack of pillows.'],
  'sternocleidomastoid-clavicular': ['Get up slowly if you feel dizzy on turning or standing, and tell your clinician.'],
  temporalis: ['Keep cold draughts off the temples.'],
  'lateral-pterygoid': ['Players of violin or wind instruments: review jaw position with a teacher.'],
  'splenius-capitis': ['After a whiplash injury, follow your clinician\'s plan for returning to neck movement.'],
};

export function selfCareFor(muscleId: string, group: string): SelfCare | undefined {
  const base = selfCareByGroup[group];
  if (!base) return undefined;
  return { ...base, habits: [...(extraHabits[muscleId] ?? []), ...base.habits] };
}

export const SELF_CARE_NOTICE =
  'General advice, not a treatment plan. Stop anything that makes the pain sharper, and ask your clinician what suits you.';
