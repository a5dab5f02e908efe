import type { MuscleId, SourceId } from '../mapping';
import type { Words } from './words';

/**
 * The headaches a person with head or neck pain may have, side by side: how each feels, whether
 * muscles can take part, and whom to see. Trigger points explain some head pain, not all; this is
 * the page that says what else it may be. Descriptions follow the diagnostic criteria of ICHD-3 in
 * the project's own words; the muscles named are those whose referred pain can imitate or add to
 * the headache (the trigger point manual and the tension-type headache studies).
 */
export interface HeadacheType {
  /** Stable kebab-case id: the message catalogues key translations by it. */
  readonly id: string;
  readonly name: Words;
  /** How it feels: where, what kind of pain, how long, what comes with it. */
  readonly feels: Words;
  /** Whether and how muscles take part. */
  readonly muscles: Words;
  /** Muscles of the catalogue whose referred pain can imitate or add to it (none: muscles play no part). */
  readonly involves: readonly MuscleId[];
  /** Whom to see, and when it cannot wait. */
  readonly whom: Words;
  readonly sources: readonly SourceId[];
}

export const HEADACHE_TYPES: readonly HeadacheType[] = [
  {
    id: 'tension-type',
    name: { patient: 'Tension-type headache', clinician: 'Tension-type headache (ICHD-3 2)' },
    feels: {
      patient:
        'A pressing or tight pain, like a band, usually on both sides of the head; mild to moderate; ' +
        'not made worse by walking or climbing stairs; no vomiting. It lasts from half an hour to several days.',
      clinician:
        'Bilateral, pressing or tightening, mild to moderate pain, not aggravated by routine physical activity; ' +
        'no nausea or vomiting, at most one of photophobia or phonophobia; episodes of 30 minutes to 7 days.',
    },
    muscles: {
      patient:
        'Tender muscles of the head, neck and shoulders are common, and trigger points in them are often found ' +
        'and can add to the pain.',
      clinician:
        'Pericranial tenderness is common; active trigger points in the suboccipitals, upper trapezius, ' +
        'sternocleidomastoid, temporalis and splenii are often found in small studies and their referred pain ' +
        'resembles the attacks.',
    },
    involves: [
      'rectus-capitis-posterior-major',
      'upper-trapezius',
      'sternocleidomastoid-sternal',
      'temporalis',
      'splenius-capitis',
      'semispinalis-capitis',
    ],
    whom: {
      patient:
        'A physiotherapist or your doctor. See your doctor if it comes on most days, changes its pattern, or ' +
        'you take painkillers on many days a month.',
      clinician:
        'Usually managed in primary care and physiotherapy. Medical review if frequent (15 or more days a ' +
        'month), changing, or with acute medication on 10-15 or more days a month.',
    },
    sources: ['ICHD-3', 'FdlP-EJP2007', 'FdlP-JBMT2010', 'TS-1999'],
  },
  {
    id: 'cervicogenic',
    name: { patient: 'Headache from the neck', clinician: 'Cervicogenic headache (ICHD-3 11.2.1)' },
    feels: {
      patient:
        'Pain on one side that starts in the neck and spreads to the back of the head, sometimes to the ' +
        'forehead or eye; neck movements or holding the head still for long bring it on; the neck turns less.',
      clinician:
        'Usually side-locked pain spreading from the neck to the occiput and sometimes the frontal and orbital ' +
        'area; provoked by neck movement or sustained posture, with reduced cervical range of motion; needs ' +
        'evidence of a cervical disorder or lesion that can cause headache.',
    },
    muscles: {
      patient: 'The upper neck joints are the main source; tight neck muscles with trigger points can add to it.',
      clinician:
        'The upper cervical joints are the main source. ICHD-3 codes headache from myofascial tenderness alone ' +
        'as tension-type; trigger points in the suboccipitals, splenii, semispinalis and upper trapezius can ' +
        'coexist and should be examined.',
    },
    involves: ['rectus-capitis-posterior-major', 'splenius-capitis', 'semispinalis-capitis', 'upper-trapezius'],
    whom: {
      patient:
        'A physiotherapist or doctor who examines the neck. After an injury, or with arm numbness, dizziness or ' +
        'unsteadiness, see a doctor first.',
      clinician:
        'Physiotherapy or musculoskeletal medicine after screening; medical assessment first after trauma or ' +
        'with neurological or vascular signs (see the red flags).',
    },
    sources: ['ICHD-3', 'IFOMPT-CX2023'],
  },
  {
    id: 'migraine',
    name: { patient: 'Migraine', clinician: 'Migraine (ICHD-3 1)' },
    feels: {
      patient:
        'Attacks of often one-sided, throbbing, moderate or severe pain lasting hours to 3 days, worse with ' +
        'moving about, with feeling sick or being bothered by light and sound. Some people first see flickering ' +
        'lights or feel tingling (an aura).',
      clinician:
        'Attacks of 4-72 hours, at least two of unilateral, pulsating, moderate or severe, aggravated by routine ' +
        'activity; with nausea or vomiting, or photophobia and phonophobia. Aura: reversible visual, sensory or ' +
        'speech symptoms, each over 5-60 minutes.',
    },
    muscles: {
      patient:
        'Neck pain and sore muscles often come with attacks, but muscles do not cause migraine; it needs ' +
        'medical treatment.',
      clinician:
        'Neck pain and pericranial tenderness are common in attacks and trigger points can be found, but they ' +
        'are not the cause; trigger point care does not replace medical management.',
    },
    involves: [],
    whom: {
      patient:
        'Your doctor. Emergency care if an aura is new, lasts over an hour or comes with weakness, or the ' +
        'headache is sudden and severe.',
      clinician:
        'Primary care or neurology. Urgent assessment for a first or atypical aura, aura over 60 minutes, motor ' +
        'weakness, or a thunderclap onset.',
    },
    sources: ['ICHD-3', 'SNNOOP10'],
  },
  {
    id: 'cluster',
    name: { patient: 'Cluster headache', clinician: 'Cluster headache (ICHD-3 3.1)' },
    feels: {
      patient:
        'Very severe pain on one side, around or behind the eye or at the temple, for 15 minutes to 3 hours, up ' +
        'to several times a day, with a watering red eye, a blocked or runny nose or a drooping eyelid on that ' +
        'side, and restlessness; it comes in bouts lasting weeks.',
      clinician:
        'Severe strictly unilateral orbital, supraorbital or temporal pain of 15-180 minutes, from every other ' +
        'day to 8 a day, with ipsilateral lacrimation, conjunctival injection, nasal congestion or rhinorrhoea, ' +
        'eyelid oedema, miosis or ptosis, and restlessness or agitation.',
    },
    muscles: {
      patient: 'Muscles play no part.',
      clinician: 'No myofascial component; the pattern must not be put down to trigger points.',
    },
    involves: [],
    whom: {
      patient: 'A doctor soon, the same day for a first attack: it has its own treatments.',
      clinician:
        'Medical assessment the same day for a first episode (secondary causes, including dissection, need ' +
        'excluding); neurology for management.',
    },
    sources: ['ICHD-3'],
  },
  {
    id: 'occipital-neuralgia',
    name: { patient: 'Nerve pain at the back of the head', clinician: 'Occipital neuralgia (ICHD-3 13.4)' },
    feels: {
      patient:
        'Brief shooting, stabbing or electric-shock pains at the back of the head, on one or both sides, lasting ' +
        'seconds to minutes; the scalp there may feel numb, tingly or sore to touch.',
      clinician:
        'Paroxysmal shooting or stabbing pain in the territory of the greater, lesser or third occipital nerve, ' +
        'seconds to minutes; dysaesthesia or allodynia of the scalp, tenderness over the nerve branches; ' +
        'temporarily relieved by a local anaesthetic block of the nerve.',
    },
    muscles: {
      patient: 'The nerve passes through muscles at the top of the neck, and tight muscles there may press on it.',
      clinician:
        'The greater occipital nerve pierces the semispinalis capitis and trapezius aponeurosis; entrapment by ' +
        'taut bands is described in the trigger point literature, an uncertain mechanism.',
    },
    involves: ['semispinalis-capitis', 'upper-trapezius'],
    whom: {
      patient: 'Your doctor, to confirm it and rule out other causes.',
      clinician:
        'Medical assessment to confirm (diagnostic block) and exclude upper cervical or posterior fossa causes.',
    },
    sources: ['ICHD-3', 'TS-1999'],
  },
  {
    id: 'jaw-joint',
    name: { patient: 'Jaw joint pain', clinician: 'Headache attributed to temporomandibular disorder (ICHD-3 11.7)' },
    feels: {
      patient:
        'Pain in the temple, in front of the ear or in the jaw, brought on or made worse by chewing, talking, ' +
        'clenching or opening wide; the jaw may click, lock or not open fully.',
      clinician:
        'Temporal or preauricular pain provoked by jaw movement, function or parafunction, reproduced by ' +
        'palpation of the masticatory muscles or the joint; often with joint sounds or limited opening.',
    },
    muscles: {
      patient: 'The chewing muscles are often involved, and their trigger points can cause much of the pain.',
      clinician:
        'Myalgia of the masseter, temporalis and pterygoids is the commonest component; examine their trigger ' +
        'points and the joint.',
    },
    involves: ['masseter-superficial', 'masseter-deep', 'temporalis', 'lateral-pterygoid', 'medial-pterygoid'],
    whom: {
      patient:
        'A dentist who treats jaw joint problems, or a physiotherapist. Over 50 with a new temple headache or ' +
        'jaw pain when chewing: a doctor the same day.',
      clinician:
        'Dentist with a TMD interest or physiotherapy. Over 50 with new temporal headache or jaw claudication: ' +
        'same-day assessment for giant cell arteritis.',
    },
    sources: ['ICHD-3', 'TS-1999', 'BSR-GCA2020'],
  },
  {
    id: 'sinus',
    name: { patient: 'Sinus pain', clinician: 'Headache attributed to rhinosinusitis (ICHD-3 11.5)' },
    feels: {
      patient:
        'Pain or pressure over the cheeks, forehead or around the eyes together with a blocked nose, thick ' +
        'coloured mucus, a poor sense of smell, sometimes fever; often worse bending forward. Without these ' +
        'nose signs, a "sinus headache" is more often migraine or a tension-type headache.',
      clinician:
        'Facial or frontal pain with clinical, endoscopic or imaging evidence of rhinosinusitis, developing and ' +
        'resolving with it. Recurrent "sinus headache" without nasal signs usually meets criteria for migraine ' +
        'or tension-type headache.',
    },
    muscles: {
      patient: 'Some jaw and neck muscles send pain to the cheek and can feel like sinus pain.',
      clinician:
        'Referred pain from the sternocleidomastoid, superficial masseter and lateral pterygoid covers the ' +
        'maxillary area and can imitate it.',
    },
    involves: ['sternocleidomastoid-sternal', 'masseter-superficial', 'lateral-pterygoid'],
    whom: {
      patient:
        'Your doctor, or an ear, nose and throat specialist if it keeps coming back. At once for swelling ' +
        'round the eye, double vision, a severe headache or confusion.',
      clinician:
        'Primary care or ENT. Emergency referral for periorbital swelling, diplopia or reduced vision, severe ' +
        'headache, or altered mental state.',
    },
    sources: ['ICHD-3', 'TS-1999'],
  },
  {
    id: 'dental',
    name: { patient: 'Tooth pain', clinician: 'Headache attributed to disorder of the teeth (ICHD-3 11.6)' },
    feels: {
      patient:
        'Toothache: pain with hot, cold or sweet, pain on biting, a swollen gum or face; it can spread to the ' +
        'jaw, ear or temple.',
      clinician:
        'Pain from pulpal, periodontal or pericoronal disease, provoked by thermal stimuli or percussion, ' +
        'possibly referred to the jaw, ear or temple.',
    },
    muscles: {
      patient: 'Some jaw muscles send pain into the teeth, but a dentist should check the teeth first.',
      clinician:
        'Temporalis, masseter and anterior digastric refer to the teeth; trigger point tooth pain is a ' +
        'diagnosis of exclusion after a dental examination.',
    },
    involves: ['temporalis', 'masseter-superficial', 'digastric-anterior'],
    whom: {
      patient: 'A dentist first. Urgent care for facial swelling with fever, or trouble swallowing or breathing.',
      clinician: 'Dental assessment first; urgent referral for spreading facial swelling, fever, dysphagia or trismus.',
    },
    sources: ['ICHD-3', 'TS-1999'],
  },
  {
    id: 'medication-overuse',
    name: {
      patient: 'Headache from taking painkillers too often',
      clinician: 'Medication-overuse headache (ICHD-3 8.2)',
    },
    feels: {
      patient:
        'A headache on most days in someone who already had headaches, and who has taken painkillers or migraine ' +
        'medicines on many days a month for over 3 months; often there on waking.',
      clinician:
        'Headache on 15 or more days a month in a patient with a pre-existing headache disorder, with regular ' +
        'overuse for over 3 months: simple analgesics on 15 or more days, triptans, ergots, opioids or ' +
        'combination analgesics on 10 or more days a month.',
    },
    muscles: {
      patient: 'Not a muscle problem, though tense muscles may come with it.',
      clinician: 'Not myofascial; trigger point care does not treat it.',
    },
    involves: [],
    whom: {
      patient: 'Your doctor, to plan cutting down safely; do not stop strong painkillers suddenly on your own.',
      clinician: 'Medical management of withdrawal and prevention; review opioid or barbiturate use before stopping.',
    },
    sources: ['ICHD-3'],
  },
];
