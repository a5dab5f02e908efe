/**
 * Safety text is written twice: in plain words for the patient, and in the terms a clinician or
 * student looks for. The two readers are the viewer's two voices (`Voice` in src/state), named
 * here again because this folder sits below the store.
 */
export type Reader = 'patient' | 'clinician';

export type Words = Readonly<Record<Reader, string>>;

/** How soon to be seen. The order of `urgencies` is the reading order: the most urgent first. */
export const urgencies = ['emergency', 'same-day', 'soon'] as const;

export type Urgency = (typeof urgencies)[number];

export const URGENCY_WORDS: Readonly<Record<Urgency, Words>> = {
  emergency: {
    patient: 'Emergency: call the emergency services or go to an emergency department now',
    clinician: 'Emergency: refer for emergency care now',
  },
  'same-day': {
    patient: 'See a doctor the same day',
    clinician: 'Same-day medical assessment',
  },
  soon: {
    patient: 'See a doctor soon, within days, before going on with self-care',
    clinician: 'Refer for medical assessment soon, before treating',
  },
};
