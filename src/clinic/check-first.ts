import type { Symptom, SymptomTag } from '../mapping';
import type { Urgency, Words } from './words';

/**
 * "Have it checked first": the note that goes beside a symptom the viewer puts down to a muscle
 * when other causes, some of them serious, share it. Trigger points explain such a symptom only
 * once those are ruled out, so the note names who checks it and when it cannot wait.
 */
export interface CheckFirstNote {
  /** Stable kebab-case id: the message catalogues key translations by it. */
  readonly id: string;
  /** The most urgent case the note names, for its styling and its order. */
  readonly urgency: Urgency;
  readonly words: Words;
}

export const CHECK_FIRST_LABEL: Words = { patient: 'Have it checked first', clinician: 'Rule out first' };

const note = (id: string, urgency: Urgency, patient: string, clinician: string): CheckFirstNote => ({
  id,
  urgency,
  words: { patient, clinician },
});

export const CHECK_FIRST_NOTES = {
  'sudden-hearing-loss': note(
    'sudden-hearing-loss',
    'emergency',
    'Hearing that drops suddenly, over hours or a few days, needs an ear, nose and throat doctor at once: ' +
      'early treatment can save it. Any hearing loss that lasts should be checked before it is put down to a muscle.',
    'Sudden sensorineural hearing loss is an ENT emergency (treatment is time-critical); any persistent ' +
      'hearing loss needs audiometry and ENT review before a myofascial cause is considered.',
  ),
  'one-sided-tinnitus': note(
    'one-sided-tinnitus',
    'emergency',
    'Ringing in one ear only, or with hearing loss or dizziness, should be seen by a doctor. A sound that beats ' +
      'in time with your pulse, with a new pain in the neck or head, is an emergency.',
    'Unilateral or asymmetric tinnitus needs audiometry and ENT review (vestibular schwannoma); pulsatile ' +
      'tinnitus needs vascular assessment, and with acute neck or head pain suspect cervical artery dissection.',
  ),
  eye: note(
    'eye',
    'emergency',
    'Blurred sight, or a red, painful or watering eye, needs an eye doctor or optometrist first. A sudden loss ' +
      'of sight, double vision, or a drooping eyelid with a smaller pupil is an emergency.',
    'Blurred vision or a red or watering eye needs ophthalmic assessment (angle-closure glaucoma, uveitis, ' +
      'keratitis). Acute visual loss, diplopia, or ptosis with miosis (Horner syndrome: consider carotid ' +
      'dissection) is an emergency.',
  ),
  'eyelid-twitch': note(
    'eyelid-twitch',
    'soon',
    'An eyelid twitch that lasts for weeks, spreads to other parts of the face or closes the eye should be seen ' +
      'by a doctor.',
    'Persistent lid myokymia, spread to other facial muscles or forced lid closure needs neurological review ' +
      '(blepharospasm, hemifacial spasm).',
  ),
  dentist: note(
    'dentist',
    'same-day',
    'A dentist should check the teeth and gums first: a muscle is the likely cause of toothache only once ' +
      'they are found healthy. A swollen face or gum, or toothache with fever, needs a dentist the same day.',
    'Dental causes (caries, pulpitis, cracked tooth, periodontal disease): referred tooth pain from trigger ' +
      'points is a diagnosis of exclusion; facial swelling or fever suggests a dental infection.',
  ),
  'throat-ear': note(
    'throat-ear',
    'emergency',
    'A sore throat, trouble swallowing or ear ache that lasts over three weeks, or comes with a hoarse voice, a ' +
      'lump in the neck, fever or a jaw that will not open, needs a doctor. Being unable to swallow your saliva, ' +
      'or trouble breathing, is an emergency.',
    'Sore throat, dysphagia, odynophagia or otalgia for over three weeks, or with hoarseness, a neck lump, ' +
      'fever or trismus, needs ENT assessment (head and neck cancer, deep neck infection). Drooling or stridor ' +
      'is an emergency.',
  ),
  dizziness: note(
    'dizziness',
    'emergency',
    'Dizziness on turning the head or on standing up should be checked by a doctor. With a new pain in the neck ' +
      'or head, double vision, slurred speech, trouble swallowing, a numb face or unsteadiness, it is an emergency.',
    'Positional vertigo (BPPV), orthostatic hypotension, vestibular and cardiac causes. With acute neck ' +
      'or head pain, diplopia, dysarthria, dysphagia, drop attacks, facial numbness, nystagmus or ataxia, suspect ' +
      'cervical artery dissection or posterior circulation stroke: emergency.',
  ),
  'numbness-weakness': note(
    'numbness-weakness',
    'emergency',
    'Numbness, tingling, weakness or clumsiness that is new, spreading or in both hands, or comes with an ' +
      'unsteady walk, needs a doctor. Sudden numbness of the face, an arm or a leg is an emergency.',
    'Radiculopathy, peripheral nerve entrapment and cervical myelopathy (bilateral hand symptoms, ' +
      'clumsiness, gait or sphincter change); sudden facial or limb numbness suggests stroke or dissection.',
  ),
  'chest-heart': note(
    'chest-heart',
    'emergency',
    'Chest pain, or arm pain with breathlessness, sweating or feeling sick, can come from the heart: call the ' +
      'emergency services. A doctor should rule out the heart before chest or arm pain is put down to a muscle.',
    'Cardiac ischaemia before anything else: chest, arm or jaw pain with dyspnoea, sweating or nausea is an ' +
      'emergency. Then cervical radiculopathy and vascular thoracic outlet syndrome.',
  ),
  'jaw-opening': note(
    'jaw-opening',
    'same-day',
    'A mouth that quickly opens much less than usual, or with a swollen face, fever or a bad tooth, needs a ' +
      'dentist or doctor the same day. Opening that slowly gets smaller, with ear ache or numbness, needs a doctor.',
    'Acute trismus with swelling, fever or a dental source suggests odontogenic or deep neck infection; ' +
      'progressive trismus with otalgia or numbness needs imaging (infratemporal or nasopharyngeal tumour).',
  ),
  'nose-sinus': note(
    'nose-sinus',
    'soon',
    'A nose blocked or running on one side only, nosebleeds, or face pain with fever or swelling should be ' +
      'seen by a doctor.',
    'Rhinosinusitis; unilateral obstruction, blood-stained discharge or facial swelling needs ENT ' +
      'review (sinonasal tumour); periorbital swelling with fever is an emergency.',
  ),
} as const satisfies Record<string, CheckFirstNote>;

export type CheckFirstId = keyof typeof CHECK_FIRST_NOTES;

/**
 * Which note each kind of symptom needs. Every tag is listed, so a new tag cannot slip through
 * without a decision; pain and a stiff neck need none here: the red flags cover them.
 */
export const CHECK_FIRST_BY_TAG: Readonly<Record<SymptomTag, CheckFirstId | null>> = {
  pain: null,
  stiffness: null,
  'jaw-movement': 'jaw-opening',
  hearing: 'sudden-hearing-loss',
  tinnitus: 'one-sided-tinnitus',
  ear: 'throat-ear',
  'vision-eye': 'eye',
  'eyelid-twitch': 'eyelid-twitch',
  'nose-sinus': 'nose-sinus',
  teeth: 'dentist',
  'throat-swallowing': 'throat-ear',
  dizziness: 'dizziness',
  'numbness-tingling': 'numbness-weakness',
  'hand-coordination': 'numbness-weakness',
  'chest-arm': 'chest-heart',
};

/** The notes a set of symptom tags needs, in the order of the tags, each once. */
export function checkFirstForTags(tags: readonly SymptomTag[]): CheckFirstNote[] {
  const ids = tags.map((tag) => CHECK_FIRST_BY_TAG[tag]).filter((id): id is CheckFirstId => id !== null);
  return [...new Set(ids)].map((id) => CHECK_FIRST_NOTES[id]);
}

/** The notes one symptom needs. */
export function checkFirstFor(symptom: Symptom): CheckFirstNote[] {
  return checkFirstForTags(symptom.tags);
}

/**
 * The notes for a list of symptoms, each note beside the first symptom that needs it: two
 * symptoms of the throat in a row get one note, not the same one twice.
 */
export function checkFirstForList(symptoms: readonly Symptom[]): CheckFirstNote[][] {
  const given = new Set<string>();
  return symptoms.map((s) =>
    checkFirstFor(s).filter((n) => {
      if (given.has(n.id)) return false;
      given.add(n.id);
      return true;
    }),
  );
}
