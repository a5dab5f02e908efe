import type { MuscleId, SourceId } from '../mapping';
import type { Words } from './words';

/**
 * How a clinician finds each muscle's trigger points, and the position that stretches the muscle.
 * Written from the trigger point manual's examination sections and standard palpation practice in
 * the project's own words; entries recalled rather than checked against a cited page are marked.
 * The finding is clinical (the clinician voice shows it); the stretch is given in both readers'
 * words. Muscles examined as one (the suboccipitals, the scalenes) share an entry.
 */

/** Flat palpation presses the muscle against bone beneath; pincer palpation holds it between finger and thumb. */
export type Palpation = 'flat' | 'pincer';

/** From outside, only inside the mouth (gloved), or either way. */
export type Access = 'external' | 'intra-oral' | 'either';

export interface Examination {
  /** Stable kebab-case id: the message catalogues key translations by it. */
  readonly id: string;
  readonly palpation: readonly Palpation[];
  readonly access: Access;
  /** The patient's position, where to feel, and how. */
  readonly find: string;
  /** The position that lengthens the muscle. */
  readonly stretch: Words;
  readonly sources: readonly SourceId[];
  readonly uncertain?: boolean;
}

/** What confirms a trigger point under the finger, whichever the muscle. */
export const CONFIRMATION: Words = {
  patient:
    'A therapist feels for a tight band in the muscle with a very tender spot; pressing it brings on the pain ' +
    'you know.',
  clinician:
    'A taut band with an exquisitely tender spot; pressure reproduces the pain the patient recognises; a local ' +
    'twitch response on snapping palpation, when seen, supports it. Referred pain on sustained pressure confirms ' +
    'the pattern.',
};

const TS: readonly SourceId[] = ['TS-1999'];

const jawOpening: Words = {
  patient:
    'Rest the tip of your tongue on the roof of your mouth behind the front teeth and open slowly, as far as is ' +
    'comfortable, keeping the jaw straight.',
  clinician: 'Controlled opening with the tongue on the palate (rotation before translation), within comfort.',
};

const entries: readonly Examination[] = [
  {
    id: 'upper-trapezius',
    palpation: ['pincer'],
    access: 'external',
    find:
      'Seated or supine, the neck side-bent slightly toward the muscle to slacken it. Lift the free upper border ' +
      'midway between the neck and the acromion between thumb and fingers and roll the fibres for the band ' +
      '(trigger point 1); trigger point 2 lies a little lower and more lateral, also by pincer.',
    stretch: {
      patient:
        'Sitting, hold the seat edge with this hand, tip your ear toward the other shoulder and turn your face ' +
        'slightly toward this side.',
      clinician: 'Side-bend away with slight rotation toward the same side, the shoulder girdle held down.',
    },
    sources: TS,
  },
  {
    id: 'lower-trapezius',
    palpation: ['pincer', 'flat'],
    access: 'external',
    find:
      'Prone or seated leaning forward with the arm hanging, so the shoulder blade slides out. Trigger point 3 lies ' +
      'in the lateral border of the lower fibres where they cross the medial border of the shoulder blade, at ' +
      'about the level of its lower angle: lift the border by pincer, or press it flat against the ribs.',
    stretch: {
      patient:
        'Cross this arm in front of your chest, hold the elbow with the other hand and round your upper back, ' +
        'letting the shoulder blade slide forward.',
      clinician: 'Scapular protraction and elevation with thoracic flexion (arm across the chest).',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'splenius-capitis',
    palpation: ['flat'],
    access: 'external',
    find:
      'Seated or prone. Press toward the spine in the gap between the upper trapezius and the ' +
      'sternocleidomastoid just below the mastoid (about C1-C3), where the muscle lies under the skin.',
    stretch: {
      patient: 'Bring your chin toward your chest, then turn and tip your head a little away from this side.',
      clinician: 'Flexion with rotation and side-bend away.',
    },
    sources: TS,
  },
  {
    id: 'levator-scapulae',
    palpation: ['flat'],
    access: 'external',
    find:
      'Seated or side-lying. At the neck-shoulder angle push the free edge of the upper trapezius back and press ' +
      'on the muscle beneath; a second spot lies just above the superior angle of the scapula.',
    stretch: {
      patient:
        'Turn your head partly away from this side, then look down toward the other armpit, this shoulder ' +
        'relaxed and down.',
      clinician: 'Rotation about 45 degrees away, then flexion (nose toward the opposite axilla), scapula held down.',
    },
    sources: TS,
  },
  {
    id: 'splenius-cervicis',
    palpation: ['flat'],
    access: 'external',
    find:
      'Prone or seated. The upper trigger point near the angle of the neck at about C2-C3, pressing medially ' +
      'and forward deep to the trapezius; the lower one at the base of the neck (about C7-T1), through the ' +
      'trapezius and levator scapulae.',
    stretch: {
      patient: 'Bring your chin toward your chest, then turn and tip your head a little away from this side.',
      clinician: 'Flexion with rotation and side-bend away.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'semispinalis-capitis',
    palpation: ['flat'],
    access: 'external',
    find:
      'Prone, head neutral. Press beside the spinous processes through the trapezius: just below the occipital ' +
      'ridge 2-3 cm from the midline, and lower at about C2. Numbness of the back of the scalp suggests the ' +
      'greater occipital nerve is caught.',
    stretch: {
      patient: 'Tuck your chin in, then bend your head gently forward.',
      clinician: 'Upper-cervical then mid-cervical flexion, with slight rotation away.',
    },
    sources: TS,
  },
  {
    id: 'semispinalis-cervicis-multifidi',
    palpation: ['flat'],
    access: 'external',
    find:
      'Prone. Deep pressure in the groove between the spinous processes and the articular pillars at about ' +
      'C4-C5, toward the lamina.',
    stretch: {
      patient: 'Bend your head forward and turn it a little away from this side.',
      clinician: 'Cervical flexion with rotation away.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'suboccipitals',
    palpation: ['flat'],
    access: 'external',
    find:
      'Supine with the fingertips under the occiput, or prone. Press gently and deeply below the occiput, 2-3 cm ' +
      'from the midline, through the trapezius and semispinalis capitis. The four muscles cannot be told apart ' +
      'by touch, so they are examined as a group.',
    stretch: {
      patient:
        'A small nod: draw your chin in as if making a double chin, lengthening the back of your neck, without ' +
        'bending the whole neck.',
      clinician:
        'Upper-cervical flexion (a chin nod) without lower-cervical flexion; slight rotation adds the obliques.',
    },
    sources: ['TS-1999', 'GAT'],
  },
  {
    id: 'sternocleidomastoid-sternal',
    palpation: ['pincer'],
    access: 'external',
    find:
      'Supine or seated, the head side-bent slightly toward the muscle to slacken it. Hold the sternal division ' +
      'between thumb and fingers along its length (low, middle and high), lifting it off the carotid sheath.',
    stretch: {
      patient:
        'Turn your head toward this side and tilt your chin gently up, only as far as is comfortable; stop if you ' +
        'feel dizzy.',
      clinician: 'Gentle extension with rotation toward the same side, with care in older patients and after whiplash.',
    },
    sources: TS,
  },
  {
    id: 'sternocleidomastoid-clavicular',
    palpation: ['pincer'],
    access: 'external',
    find:
      'As for the sternal division: the deeper, lateral clavicular division held between thumb and fingers at ' +
      'mid-belly, separated from the sternal division.',
    stretch: {
      patient:
        'Keep this shoulder down, tip your head away and turn your face a little toward this side, chin slightly ' +
        'up; stop if you feel dizzy.',
      clinician: 'Side-bend away with rotation toward and slight extension, the clavicle held down; with care.',
    },
    sources: TS,
  },
  {
    id: 'scalenes',
    palpation: ['flat'],
    access: 'external',
    find:
      'Supine, the head turned slightly away. Press against the transverse processes above the clavicle between ' +
      'the sternocleidomastoid and the trapezius: anterior behind the clavicular head of the sternocleidomastoid, ' +
      'middle behind it, posterior in front of the levator scapulae. The brachial plexus runs between the ' +
      'anterior and middle scalenes: stop if arm tingling follows.',
    stretch: {
      patient:
        'Keep this shoulder down and tip your ear toward the other shoulder, breathing slowly; stop if your arm ' +
        'tingles.',
      clinician:
        'Side-bend away with the first rib held down; slight extension biases the anterior, slight flexion the ' +
        'posterior scalene.',
    },
    sources: TS,
  },
  {
    id: 'platysma',
    palpation: ['pincer'],
    access: 'external',
    find:
      'Supine, neck slightly flexed to slacken it. Lift the thin sheet over the sternocleidomastoid about 2 cm ' +
      'above the clavicle between thumb and finger.',
    stretch: {
      patient: 'Tilt your head gently back with your lips closed and your jaw relaxed.',
      clinician: 'Gentle neck extension with the mouth closed and the lower lip relaxed.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'digastric-anterior',
    palpation: ['flat'],
    access: 'external',
    find: 'Supine, head slightly extended. Press up toward the mandible under the chin, just beside the midline.',
    stretch: {
      patient: 'With your teeth lightly together, tilt your head gently back.',
      clinician: 'Jaw closed, with gentle cervical extension.',
    },
    sources: ['TS-1999', 'NAMTPT-DIG'],
  },
  {
    id: 'digastric-posterior',
    palpation: ['flat'],
    access: 'external',
    find:
      'Supine. Press gently medially in the space between the angle of the mandible and the mastoid, in front ' +
      'of the sternocleidomastoid; the carotid, jugular and facial nerve branches lie close.',
    stretch: {
      patient: 'With your teeth lightly together, tilt your head gently back and turn it a little away.',
      clinician: 'Jaw closed, cervical extension with slight rotation away.',
    },
    sources: ['TS-1999', 'NA-DIG'],
    uncertain: true,
  },
  {
    id: 'prevertebral',
    palpation: ['flat'],
    access: 'external',
    find:
      'Supine, neck slightly flexed to slacken the front of the neck. Between the windpipe and the ' +
      'sternocleidomastoid, with the carotid pulse felt and kept lateral, the fingertips sink gently back onto ' +
      'the front of the vertebral bodies at C3-C6 (longus colli) and the anterior tubercles beside them (longus ' +
      'capitis); press lightly, never on the pulse, and stop if the patient feels dizzy or faint.',
    stretch: {
      patient:
        'Lying on your back with your head supported, let your chin lift gently toward the ceiling, only as far ' +
        'as is comfortable; stop if you feel dizzy.',
      clinician: 'Gentle upper and mid cervical extension from a supported supine position, within comfort.',
    },
    sources: ['TS-1999', 'ANAT'],
    uncertain: true,
  },
  {
    id: 'masseter-superficial',
    palpation: ['pincer', 'flat'],
    access: 'either',
    find:
      'Supine or seated, the mouth slightly open to put the muscle under tension. Pincer with a gloved finger ' +
      'inside the cheek and the thumb outside, or flat against the ramus from outside: upper, middle and lower ' +
      'spots along the front border.',
    stretch: jawOpening,
    sources: ['TS-1999', 'ML-MAS'],
  },
  {
    id: 'masseter-deep',
    palpation: ['flat'],
    access: 'external',
    find: 'Seated, mouth slightly open. Press just in front of the jaw joint, under the back of the zygomatic arch.',
    stretch: jawOpening,
    sources: ['TS-1999', 'ML-MAS'],
  },
  {
    id: 'temporalis',
    palpation: ['flat'],
    access: 'either',
    find:
      'Seated or supine, the mouth slightly open. Press over the temporal fossa 1-2 cm above the zygomatic arch, ' +
      'four spots from front to back; the tendon on the coronoid process can be reached inside the mouth.',
    stretch: jawOpening,
    sources: TS,
  },
  {
    id: 'lateral-pterygoid',
    palpation: ['flat'],
    access: 'external',
    find:
      'Supine, the mouth open 1-2 cm. From outside, press through the mandibular notch in front of the condyle. ' +
      'Pressure inside the mouth behind the upper molars probably reaches the medial pterygoid or the ' +
      'buccinator rather than this muscle.',
    stretch: {
      patient:
        'Slide your lower jaw gently forward and toward the other side, then let it come back and relax; small, ' +
        'slow and painless.',
      clinician: 'Controlled protrusion and side shift to the opposite side, then relaxed retrusion, within comfort.',
    },
    sources: ['TS-1999', 'WMM-LPT', 'NA-LPT'],
    uncertain: true,
  },
  {
    id: 'medial-pterygoid',
    palpation: ['flat'],
    access: 'either',
    find:
      'Supine, mouth open. With a gloved finger, press on the inner face of the ramus behind the last molars; ' +
      'from outside, press up on the inner face of the angle of the mandible.',
    stretch: {
      patient: 'Open slowly and let your jaw slide a little toward this side, within comfort.',
      clinician: 'Controlled opening with a small side shift toward the same side.',
    },
    sources: ['TS-1999', 'ML-MPT'],
  },
  {
    id: 'frontalis',
    palpation: ['pincer', 'flat'],
    access: 'external',
    find: 'Supine, brow relaxed. Just above the inner end of the eyebrow, by pincer of the skin and muscle or flat.',
    stretch: {
      patient: 'Relax your eyebrows and smooth the skin of your forehead gently downward with your fingertips.',
      clinician: 'Brows relaxed, the forehead skin drawn gently downward.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'occipitalis',
    palpation: ['flat'],
    access: 'external',
    find: 'Prone or seated. Press on the occipital bone above the superior nuchal line, about 4 cm from the midline.',
    stretch: {
      patient: 'Raise your eyebrows while your fingertips ease the scalp gently forward.',
      clinician: 'The scalp drawn forward (frontalis contraction or manual), the galea lengthened.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'orbicularis-oculi',
    palpation: ['pincer', 'flat'],
    access: 'external',
    find:
      'Supine, eyes closed. The upper-lid fibres just below the brow by gentle pincer, or flat against the bony ' +
      'rim; never press on the eyeball.',
    stretch: {
      patient: 'Open your eyes wide and raise your eyebrows gently. Never press on the eyeball.',
      clinician: 'Eyes opened wide with the brows raised; no pressure on the globe.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'zygomaticus-major',
    palpation: ['pincer'],
    access: 'either',
    find:
      'Supine. A gloved finger inside the cheek against the thumb outside, along the muscle from the mouth ' +
      'corner toward the zygoma.',
    stretch: {
      patient: 'With your mouth slightly open, draw the corners of your mouth down and in, as in a pout.',
      clinician: 'Mouth corner drawn down and medially with the jaw slightly open.',
    },
    sources: ['TS-1999', 'WMM-ZYG'],
    uncertain: true,
  },
  {
    id: 'buccinator',
    palpation: ['pincer'],
    access: 'intra-oral',
    find: 'Supine. A gloved finger inside the cheek against the thumb outside, mid-cheek opposite the molars.',
    stretch: {
      patient: 'Puff your cheeks out gently with air and hold for a few breaths.',
      clinician: 'Cheeks gently inflated.',
    },
    sources: TS,
    uncertain: true,
  },
  {
    id: 'superior-oblique',
    palpation: ['flat'],
    access: 'external',
    find:
      'Seated, the patient looking down. A fingertip at the upper inner corner of the orbit, lateral to the ' +
      'nasal bone, presses up and back under the rim toward the trochlea, never on the eyeball. Looking down ' +
      'and in (the muscle working) and up and in (the muscle lengthened) increase the pain behind the eye when ' +
      'the trigger point is active.',
    stretch: {
      patient: 'Without touching your eye, look up and toward your nose and hold for a few breaths.',
      clinician: 'Gaze up and in (elevation in adduction, against its action); no pressure on the globe.',
    },
    sources: ['FdlP-H2005', 'FdlP-CJP2006'],
    uncertain: true,
  },
];

export const EXAMINATIONS: ReadonlyMap<string, Examination> = new Map(entries.map((e) => [e.id, e]));

/** The entry each muscle is examined by: its own, or its group's. */
const byMuscle: Readonly<Record<MuscleId, string>> = {
  'upper-trapezius': 'upper-trapezius',
  'lower-trapezius': 'lower-trapezius',
  'splenius-capitis': 'splenius-capitis',
  'levator-scapulae': 'levator-scapulae',
  'splenius-cervicis': 'splenius-cervicis',
  'semispinalis-capitis': 'semispinalis-capitis',
  'semispinalis-cervicis-multifidi': 'semispinalis-cervicis-multifidi',
  'rectus-capitis-posterior-major': 'suboccipitals',
  'rectus-capitis-posterior-minor': 'suboccipitals',
  'obliquus-capitis-superior': 'suboccipitals',
  'obliquus-capitis-inferior': 'suboccipitals',
  'sternocleidomastoid-sternal': 'sternocleidomastoid-sternal',
  'sternocleidomastoid-clavicular': 'sternocleidomastoid-clavicular',
  'scalene-anterior': 'scalenes',
  'scalene-middle': 'scalenes',
  'scalene-posterior': 'scalenes',
  platysma: 'platysma',
  'digastric-anterior': 'digastric-anterior',
  'digastric-posterior': 'digastric-posterior',
  'longus-colli': 'prevertebral',
  'longus-capitis': 'prevertebral',
  'masseter-superficial': 'masseter-superficial',
  temporalis: 'temporalis',
  'masseter-deep': 'masseter-deep',
  'lateral-pterygoid': 'lateral-pterygoid',
  'medial-pterygoid': 'medial-pterygoid',
  frontalis: 'frontalis',
  occipitalis: 'occipitalis',
  'orbicularis-oculi': 'orbicularis-oculi',
  'zygomaticus-major': 'zygomaticus-major',
  buccinator: 'buccinator',
  'superior-oblique': 'superior-oblique',
};

/** How the muscle is examined and stretched; every muscle of the catalogue has an entry. */
export function examinationFor(muscleId: string): Examination | undefined {
  const id = (byMuscle as Record<string, string>)[muscleId];
  return id ? EXAMINATIONS.get(id) : undefined;
}
