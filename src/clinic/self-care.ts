/**
 * General self-care ideas per muscle, drawn from the corrective actions that the trigger point
 * literature gives for each muscle (Travell & Simons, vol. 1, "corrective actions" sections) and
 * from everyday ergonomics. General advice only: no doses, no diagnosis. A therapist tailors it.
 *
 * Each piece of advice has a stable id: the message catalogues key translations by it, so the
 * lists below can be reordered or shared between groups without a translation slipping.
 */
export const SELF_CARE_ADVICE = {
  'screen-at-eye-level': 'Bring the screen to eye level and close enough to read without pushing the chin forward.',
  'car-posture':
    'In the car, sit upright with the headrest close to the back of the head and the mirrors set for that posture.',
  'movement-breaks': 'Take short movement breaks from long spells at a desk or phone; drink water through the day.',
  'jaw-rest-position': 'Rest position: lips together, teeth apart, tongue resting on the palate.',
  'stop-clenching': 'Notice and stop daytime clenching; avoid chewing gum and very hard or chewy foods while sore.',
  'night-grinding': 'Ask a dentist about night-time grinding if you wake with a tired jaw.',
  'chin-nods-double-chin': 'Slow chin nods ("making a double chin") while lying down or sitting tall, without pain.',
  'gentle-turning-side-bending':
    'Gentle turning and side-bending of the head within the comfortable range, several times a day.',
  'warmth-back-of-neck': 'Warmth over the back of the neck before moving it.',
  'level-pillow': 'Sleep with a pillow that keeps the neck level, not propped high or twisted.',
  'chin-nods-top-of-neck': 'Chin nods: tuck the chin gently as if nodding "yes" with the top of the neck only.',
  'fingertip-pressure-under-skull':
    'Gentle pressure with the fingertips just under the skull while breathing slowly, stopping if it hurts more.',
  bifocals: 'Check glasses: tilting the head back to read through bifocals strains these muscles.',
  'neck-warm': 'Keep the neck warm in cold draughts.',
  'side-bend-away': 'Gentle side-bending away from the sore side while the shoulder relaxes down.',
  'slow-turning': 'Slow turning of the head, staying out of pain.',
  'avoid-looking-up-or-turned':
    'Avoid long spells looking up (ceilings, high shelves) or turned to one side toward a screen.',
  'open-close-tongue-on-palate': 'Gentle opening and closing of the mouth with the tongue on the palate.',
  'relaxed-swallowing-nasal-breathing': 'Relaxed swallowing and slow nasal breathing.',
  'nose-breathing': 'Breathe through the nose where possible.',
  'mirror-opening': 'Gentle, controlled mouth opening in front of a mirror, keeping the jaw straight.',
  'warmth-then-opening': 'Warmth over the cheek and temple, then relaxed opening.',
  'dental-breaks': 'During long dental work, ask for short breaks to close and rest the jaw.',
  'soften-forehead': 'Soften the forehead and the brows; gentle circles with the fingertips over the sore spot.',
  'eye-check': 'Have your eyes checked if you squint or frown to see.',
  'screen-glare': 'Reduce screen glare and take visual breaks.',
  'notice-frowning': 'Notice frowning when stressed or concentrating.',
  'armrests-phone-bags':
    'Use armrests at elbow height; do not cradle a phone between ear and shoulder; carry bags on alternate ' +
    'sides or use a backpack.',
  'face-the-screen': 'Face the screen or the person you talk to instead of turning the head for long spells.',
  'cough-and-pillows': 'Treat a chronic cough; avoid sleeping on a high stack of pillows.',
  'dizziness-get-up-slowly': 'Get up slowly if you feel dizzy on turning or standing, and tell your clinician.',
  'temples-out-of-draughts': 'Keep cold draughts off the temples.',
  'instrument-jaw-position': 'Players of violin or wind instruments: review jaw position with a teacher.',
  'after-whiplash': "After a whiplash injury, follow your clinician's plan for returning to neck movement.",
  'rest-the-eyes': 'Rest the eyes: look into the distance now and then, and let the lids and brows go soft.',
  'cheek-circles': 'Gentle circles with the fingertips over the sore spot in the cheek, the jaw relaxed.',
  'denture-check': 'Have dentures that rub or rock checked by your dentist.',
  'soften-neck-front': 'Let the front of the neck and the corners of the mouth go soft, breathing out slowly.',
  'notice-neck-tensing': 'Notice tensing the skin of the front of the neck when stressed or straining.',
  'belly-breathing': 'Breathe slowly and low, letting the belly rise, rather than lifting the upper chest.',
  'share-loads': 'Carry loads close to the body and share heavy bags between both hands.',
  'shoulder-blades-down':
    'Sitting tall, draw the shoulder blades gently down and toward each other, hold for a breath and let go.',
  'sit-back-supported': 'Sit back against a chair that supports the upper back rather than leaning on the elbows.',
} as const;

/**
 * Cautions that go with the advice: when to stop, and how not to get hurt by it. Shown with the
 * advice they guard (see `cautionsFor`), never left out of a plan that needs them.
 */
export const SELF_CARE_CAUTIONS = {
  'neck-exercise-warning':
    'Stop neck exercises and get medical help at once if they bring on dizziness, a change in sight, tingling ' +
    'in an arm or a sudden, severe headache.',
  'whiplash-no-stretch':
    'In the first days after a whiplash injury or a fall, do not stretch the neck: have it checked.',
  heat:
    'Heat: never on numb skin, wrapped so it cannot burn, for a short while only; never fall asleep on a heat ' +
    'pad or hot-water bottle.',
  'no-pressure-on-eyeball': 'Never press on the eyeball itself: only on the bone of the brow and the cheek around it.',
  'arm-symptoms':
    'Tell your clinician about tingling, numbness or weakness in the arm or hand, and stop any stretch that ' +
    'brings it on.',
} as const;

export type CautionId = keyof typeof SELF_CARE_CAUTIONS;

export type AdviceId = keyof typeof SELF_CARE_ADVICE;

/** Self-care for one muscle, as advice ids; `selfCareFor` gives the same with English text. */
export interface SelfCarePlan {
  readonly movements: readonly AdviceId[];
  readonly habits: readonly AdviceId[];
  /** When to stop and how not to get hurt; shown with the advice, never left out. */
  readonly cautions: readonly CautionId[];
  readonly sources: readonly string[];
}

export interface SelfCare {
  /** Gentle stretches or movements, described so a patient can picture them. */
  readonly movements: readonly string[];
  /** Changes to posture, workstation, car, sleep or habits. */
  readonly habits: readonly string[];
  readonly cautions: readonly string[];
  readonly sources: readonly string[];
}

const neckPosture: readonly AdviceId[] = ['screen-at-eye-level', 'car-posture', 'movement-breaks'];
const jawHabits: readonly AdviceId[] = ['jaw-rest-position', 'stop-clenching', 'night-grinding'];

type GroupPlan = Omit<SelfCarePlan, 'cautions'>;

const selfCareByGroup: Record<string, GroupPlan> = {
  'posterior-neck': {
    movements: ['chin-nods-double-chin', 'gentle-turning-side-bending', 'warmth-back-of-neck'],
    habits: [...neckPosture, 'level-pillow'],
    sources: ['TS-1999', 'GAT'],
  },
  suboccipital: {
    movements: ['chin-nods-top-of-neck', 'fingertip-pressure-under-skull'],
    habits: [...neckPosture, 'bifocals', 'neck-warm'],
    sources: ['TS-1999', 'GAT', 'DC-PC'],
  },
  'lateral-neck': {
    movements: ['side-bend-away', 'slow-turning'],
    habits: [...neckPosture, 'avoid-looking-up-or-turned'],
    sources: ['TS-1999', 'DC-SCM'],
  },
  'anterior-neck': {
    movements: ['open-close-tongue-on-palate', 'relaxed-swallowing-nasal-breathing'],
    habits: [...jawHabits, 'nose-breathing'],
    sources: ['TS-1999', 'NA-DIG'],
  },
  jaw: {
    movements: ['mirror-opening', 'warmth-then-opening'],
    habits: [...jawHabits, 'dental-breaks'],
    sources: ['TS-1999', 'NAMTPT-TEMP', 'ML-MAS'],
  },
  'scalp-and-face': {
    movements: ['soften-forehead'],
    habits: ['eye-check', 'screen-glare', 'notice-frowning'],
    sources: ['TS-1999'],
  },
};

/** Extra, muscle-specific points where the literature names a particular habit. */
const extraHabits: Record<string, readonly AdviceId[]> = {
  'upper-trapezius': ['armrests-phone-bags'],
  'levator-scapulae': ['face-the-screen'],
  'sternocleidomastoid-sternal': ['cough-and-pillows'],
  'sternocleidomastoid-clavicular': ['dizziness-get-up-slowly'],
  temporalis: ['temples-out-of-draughts'],
  'lateral-pterygoid': ['instrument-jaw-position'],
  'splenius-capitis': ['after-whiplash'],
  'scalene-anterior': ['belly-breathing', 'share-loads'],
  'scalene-middle': ['belly-breathing', 'share-loads'],
  'scalene-posterior': ['belly-breathing', 'share-loads'],
};

/**
 * Muscles whose group's advice does not fit them: the face muscles away from the forehead, and the
 * platysma, which clenching does not keep going. Their own movements and habits replace the group's.
 */
const ownPlans: Record<string, GroupPlan> = {
  'orbicularis-oculi': { movements: ['rest-the-eyes'], habits: ['eye-check', 'screen-glare'], sources: ['TS-1999'] },
  'zygomaticus-major': {
    movements: ['cheek-circles'],
    habits: ['jaw-rest-position', 'stop-clenching'],
    sources: ['TS-1999', 'WMM-ZYG'],
  },
  buccinator: {
    movements: ['cheek-circles'],
    habits: ['denture-check', 'stop-clenching', 'instrument-jaw-position'],
    sources: ['TS-1999'],
  },
  platysma: { movements: ['soften-neck-front'], habits: ['notice-neck-tensing', ...neckPosture], sources: ['TS-1999'] },
  // A back muscle among the posterior neck ones: the shoulder blade and the chair, not the neck.
  'lower-trapezius': {
    movements: ['shoulder-blades-down'],
    habits: ['sit-back-supported', ...neckPosture],
    sources: ['TS-1999'],
  },
  // Deep neck flexors: the gentle nod that works them, not the jaw and swallowing of the anterior group.
  'longus-colli': {
    movements: ['chin-nods-top-of-neck'],
    habits: [...neckPosture, 'level-pillow', 'after-whiplash'],
    sources: ['TS-1999', 'ANAT'],
  },
  'longus-capitis': {
    movements: ['chin-nods-top-of-neck'],
    habits: [...neckPosture, 'level-pillow', 'after-whiplash'],
    sources: ['TS-1999', 'ANAT'],
  },
  // An eye muscle: rest for the eyes and the screen, no fingertip circles so near the eyeball.
  'superior-oblique': {
    movements: ['rest-the-eyes'],
    habits: ['screen-at-eye-level', 'screen-glare', 'eye-check'],
    sources: ['FdlP-H2005'],
  },
};

/** Groups whose movements are neck exercises: they carry the neck's stop signs. */
const neckGroups: readonly string[] = ['posterior-neck', 'suboccipital', 'lateral-neck'];
/** Advice that uses heat: the heat caution goes with it. */
const warmth: readonly AdviceId[] = ['warmth-back-of-neck', 'warmth-then-opening'];
/** Cautions a muscle needs whatever its group. */
const extraCautions: Record<string, readonly CautionId[]> = {
  'orbicularis-oculi': ['no-pressure-on-eyeball'],
  'superior-oblique': ['no-pressure-on-eyeball'],
  // Neck exercises outside the neck groups carry the neck's stop signs too.
  'longus-colli': ['neck-exercise-warning', 'whiplash-no-stretch'],
  'longus-capitis': ['neck-exercise-warning', 'whiplash-no-stretch'],
  'scalene-anterior': ['arm-symptoms'],
  'scalene-middle': ['arm-symptoms'],
  'scalene-posterior': ['arm-symptoms'],
};

function cautionsFor(muscleId: string, group: string, plan: GroupPlan): CautionId[] {
  const advice = [...plan.movements, ...plan.habits];
  return [
    ...(extraCautions[muscleId] ?? []),
    ...(neckGroups.includes(group) ? (['neck-exercise-warning', 'whiplash-no-stretch'] as const) : []),
    ...(advice.some((id) => warmth.includes(id)) ? (['heat'] as const) : []),
  ];
}

/** The advice for a muscle by id, muscle-specific habits first; undefined for an unknown group. */
export function selfCarePlan(muscleId: string, group: string): SelfCarePlan | undefined {
  const base = ownPlans[muscleId] ?? selfCareByGroup[group];
  if (!base) return undefined;
  const plan = { ...base, habits: [...(extraHabits[muscleId] ?? []), ...base.habits] };
  return { ...plan, cautions: cautionsFor(muscleId, group, plan) };
}

export function selfCareFor(muscleId: string, group: string): SelfCare | undefined {
  const plan = selfCarePlan(muscleId, group);
  if (!plan) return undefined;
  const text = (ids: readonly AdviceId[]) => ids.map((id) => SELF_CARE_ADVICE[id]);
  const cautions = plan.cautions.map((id) => SELF_CARE_CAUTIONS[id]);
  return { movements: text(plan.movements), habits: text(plan.habits), cautions, sources: plan.sources };
}

export const SELF_CARE_NOTICE =
  'General advice, not a treatment plan. Stop anything that makes the pain sharper, and ask your clinician ' +
  'what suits you.';
