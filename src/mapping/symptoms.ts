/**
 * What kind of complaint a muscle's symptom is, so the viewer can put a "have it checked first"
 * note beside the ones that other, sometimes serious, causes share (src/clinic/check-first.ts).
 * A symptom carries every tag that fits: "ear ache and ringing" is both `ear` and `tinnitus`.
 */
export const symptomTags = [
  /** Pain, ache, tenderness or headache, where the pain pattern itself is the message. */
  'pain',
  /** A stiff neck or limited movement of the head. */
  'stiffness',
  /** Limited mouth opening, clicking or a jaw that swings on opening. */
  'jaw-movement',
  'hearing',
  'tinnitus',
  /** Ear ache or a stuffy ear. */
  'ear',
  /** Blurred sight, a red or watering eye, a narrowed lid, eye strain. */
  'vision-eye',
  'eyelid-twitch',
  'nose-sinus',
  'teeth',
  'throat-swallowing',
  'dizziness',
  'numbness-tingling',
  /** Misjudging weights: a change in how the hands sense and grip. */
  'hand-coordination',
  /** Pain in the chest or down the arm, which the heart and the nerve roots can also cause. */
  'chest-arm',
] as const;

export type SymptomTag = (typeof symptomTags)[number];

export interface Symptom {
  /** What the patient notices, in plain clinical words. */
  readonly text: string;
  readonly tags: readonly SymptomTag[];
}

export function isSymptomTag(value: unknown): value is SymptomTag {
  return typeof value === 'string' && (symptomTags as readonly string[]).includes(value);
}
