import type { SafetySourceId } from '../mapping';
import { urgencies, type Urgency, type Words } from './words';

/**
 * Signs that call for a doctor rather than a trigger point chart, as a therapist's review of the viewer
 * listed them, with the red-flag guidance each follows. The app puts
 * symptoms such as dizziness, blurred vision and ringing in the ear down to muscles, so the signs
 * that the same symptoms can have a dangerous cause come first.
 */
export type RedFlagTopic = 'dissection' | 'headache' | 'neck' | 'heart' | 'giant-cell-arteritis';

export interface RedFlag {
  /** Stable kebab-case id: the message catalogues key translations by it. */
  readonly id: string;
  readonly urgency: Urgency;
  readonly topic: RedFlagTopic;
  readonly words: Words;
  readonly sources: readonly SafetySourceId[];
}

/** Every red flag in reading order; grouped by urgency, this order holds within each group. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'cervical-artery-dissection',
    urgency: 'emergency',
    topic: 'dissection',
    sources: ['IFOMPT-CX2023'],
    words: {
      patient:
        'A new, severe pain on one side of the neck or head, especially after an injury, a sudden neck movement ' +
        'or a neck manipulation, above all with dizziness or a spinning feeling, double vision, slurred speech, ' +
        'trouble swallowing, sudden falls without fainting, unsteadiness, numbness of the face, a drooping eyelid ' +
        'with a smaller pupil, or a whooshing sound in the ear in time with the pulse',
      clinician:
        'Cervical artery dissection: new, severe unilateral neck or head pain, especially after trauma, sudden ' +
        'neck movement or manipulation, above all with dizziness or vertigo, diplopia, dysarthria, dysphagia, ' +
        'drop attacks, ataxia, facial numbness, ptosis with miosis (Horner syndrome) or pulsatile tinnitus',
    },
  },
  {
    id: 'thunderclap',
    urgency: 'emergency',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'A sudden, severe headache, the "worst ever", reaching its peak within a minute',
      clinician: 'Thunderclap headache: maximal intensity within a minute of onset',
    },
  },
  {
    id: 'fever-stiff-neck',
    urgency: 'emergency',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache with fever and a stiff neck, or with a rash',
      clinician: 'Headache with fever and neck stiffness, or a petechial rash (meningitis)',
    },
  },
  {
    id: 'neurological',
    urgency: 'emergency',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Weakness, numbness, trouble speaking, loss or doubling of vision, confusion or fainting',
      clinician: 'Focal neurological deficit, visual loss or diplopia, confusion, altered consciousness or syncope',
    },
  },
  {
    id: 'head-injury',
    urgency: 'emergency',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache after a blow to the head or a fall',
      clinician: 'Headache after head trauma',
    },
  },
  {
    id: 'new-after-50',
    urgency: 'same-day',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'A new kind of headache after the age of 50',
      clinician: 'New-onset headache after the age of 50',
    },
  },
  {
    id: 'progressive',
    urgency: 'soon',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headaches that get steadily worse over days or weeks',
      clinician: 'Progressive headache over days or weeks',
    },
  },
  {
    id: 'wakes-or-vomiting',
    urgency: 'same-day',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache that wakes you from sleep, or comes with repeated vomiting',
      clinician: 'Headache that wakes the patient, or with persistent vomiting (raised intracranial pressure)',
    },
  },
  {
    id: 'cardiac',
    urgency: 'emergency',
    topic: 'heart',
    sources: [],
    words: {
      patient: 'Jaw, neck or arm pain together with chest pain, breathlessness or sweating',
      clinician: 'Jaw, neck or arm pain with chest pain, dyspnoea or sweating (cardiac ischaemia)',
    },
  },
  {
    id: 'neck-after-injury',
    urgency: 'emergency',
    topic: 'neck',
    sources: ['IFOMPT-RF2020'],
    words: {
      patient:
        'After a whiplash injury or a fall: tenderness over the bones down the middle of the back of the neck, ' +
        'or numbness or tingling in an arm',
      clinician:
        'After whiplash or a fall: midline cervical bony tenderness or arm paraesthesia (fracture, instability)',
    },
  },
  {
    id: 'spinal-cord',
    urgency: 'same-day',
    topic: 'neck',
    sources: ['IFOMPT-RF2020'],
    words: {
      patient: 'Clumsy hands, an unsteady walk, or a change in bladder or bowel control',
      clinician: 'Clumsy hands, gait disturbance or bladder or bowel change (cervical myelopathy)',
    },
  },
  {
    id: 'neck-cancer-signs',
    urgency: 'soon',
    topic: 'neck',
    sources: ['IFOMPT-RF2020'],
    words: {
      patient: 'Neck pain with a past cancer, weight loss you cannot explain, or pain at night that rest does not ease',
      clinician:
        'Neck pain with a history of cancer, unexplained weight loss or unremitting night pain (malignancy, ' +
        'infection)',
    },
  },
  {
    id: 'strain-triggered',
    urgency: 'same-day',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache brought on by coughing, straining, exercise or sex',
      clinician: 'Headache precipitated by cough, Valsalva, exertion or sexual activity',
    },
  },
  {
    id: 'posture-changes',
    urgency: 'same-day',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache that changes with posture: much worse on standing up, or on lying down',
      clinician: 'Positional headache, worse upright or lying down (intracranial hypotension or hypertension)',
    },
  },
  {
    id: 'pregnancy',
    urgency: 'same-day',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'A new or different headache in pregnancy or in the weeks after giving birth',
      clinician: 'New or changed headache in pregnancy or the puerperium (pre-eclampsia, venous sinus thrombosis)',
    },
  },
  {
    id: 'cancer-or-low-immunity',
    urgency: 'same-day',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache in someone with cancer, or with an immune system weakened by illness or medicines',
      clinician: 'Headache with a history of cancer or immunosuppression (metastasis, opportunistic infection)',
    },
  },
  {
    id: 'pattern-change',
    urgency: 'soon',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'A clear change in a headache you have had for years',
      clinician: 'A clear change in the pattern of a long-standing headache',
    },
  },
  {
    id: 'seizure',
    urgency: 'emergency',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'Headache with a fit (seizure)',
      clinician: 'Headache with a seizure',
    },
  },
  {
    id: 'painful-red-eye',
    urgency: 'emergency',
    topic: 'headache',
    sources: ['SNNOOP10'],
    words: {
      patient: 'A painful red eye, with blurred sight or coloured rings (haloes) round lights',
      clinician: 'Painful red eye with haloes or blurred vision (acute angle-closure glaucoma)',
    },
  },
  {
    id: 'medication-overuse',
    urgency: 'soon',
    topic: 'headache',
    sources: ['ICHD-3'],
    words: {
      patient:
        'Taking painkillers for headache on 10 to 15 or more days a month: the painkillers themselves can keep ' +
        'headaches going',
      clinician:
        'Possible medication-overuse headache: simple analgesics on 15 or more days a month, or triptans, opioids ' +
        'or combined analgesics on 10 or more, for over 3 months',
    },
  },
  {
    id: 'giant-cell-arteritis',
    urgency: 'same-day',
    topic: 'giant-cell-arteritis',
    sources: ['BSR-GCA2020'],
    words: {
      patient:
        'Over 50 with a new headache at the temple, a tender scalp (brushing the hair hurts) or jaw pain when ' +
        'chewing that eases on resting; fever, weight loss and stiff, aching shoulders or hips can come with it',
      clinician:
        'Suspected giant cell arteritis: over 50 with new temporal headache, scalp tenderness or jaw claudication; ' +
        'fever, weight loss and shoulder or hip girdle stiffness (polymyalgia) are part of the picture',
    },
  },
  {
    id: 'giant-cell-arteritis-vision',
    urgency: 'emergency',
    topic: 'giant-cell-arteritis',
    sources: ['BSR-GCA2020'],
    words: {
      patient:
        'Over 50 with a new temple headache, a tender scalp or jaw pain on chewing, and any change in sight, even ' +
        'brief: blurring, double vision, a shadow or a loss of vision',
      clinician:
        'Suspected giant cell arteritis with any visual disturbance (transient visual loss, diplopia, blurring): ' +
        'risk of permanent blindness',
    },
  },
];

export interface RedFlagGroup {
  readonly urgency: Urgency;
  readonly flags: readonly RedFlag[];
}

/** The red flags grouped by urgency, the most urgent group first; empty groups left out. */
export function redFlagsByUrgency(flags: readonly RedFlag[] = RED_FLAGS): RedFlagGroup[] {
  return urgencies
    .map((urgency) => ({ urgency, flags: flags.filter((f) => f.urgency === urgency) }))
    .filter((g) => g.flags.length > 0);
}
