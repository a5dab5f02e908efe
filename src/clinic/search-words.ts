import type { MuscleId, SymptomTag } from '../mapping';

/**
 * The words people type into the muscle search that are not the catalogue's names: clinicians'
 * abbreviations and nicknames, and patients' descriptions of where it hurts. Per language,
 * written in lower case (accents are folded away when matching). Only the language shown is
 * searched with its own words, besides the catalogue's English names, which every language
 * searches (src/ui/muscle-search.ts).
 */

/** A nickname for one or more muscles, and the named places it is also about (TMJ: the jaw joint). */
export interface MuscleWords {
  readonly words: readonly string[];
  readonly muscles: readonly MuscleId[];
  readonly places?: readonly string[];
}

/**
 * A complaint in the patient's words: the named places (src/mapping/regions.ts) where it is felt,
 * whose muscles answer it as a drawing of that place would, and the symptom tags
 * (src/mapping/symptoms.ts) of muscles that list it among their symptoms (ringing in the ear).
 */
export interface ComplaintWords {
  readonly words: readonly string[];
  readonly places: readonly string[];
  readonly tags?: readonly SymptomTag[];
}

export interface SearchWords {
  readonly muscles: readonly MuscleWords[];
  readonly complaints: readonly ComplaintWords[];
}

const scm: MuscleId[] = ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'];
const chewing: MuscleId[] = [
  'masseter-superficial',
  'masseter-deep',
  'temporalis',
  'lateral-pterygoid',
  'medial-pterygoid',
];
const suboccipitals: MuscleId[] = [
  'rectus-capitis-posterior-major',
  'rectus-capitis-posterior-minor',
  'obliquus-capitis-superior',
  'obliquus-capitis-inferior',
];
const scalenes: MuscleId[] = ['scalene-anterior', 'scalene-middle', 'scalene-posterior'];
const prevertebral: MuscleId[] = ['longus-colli', 'longus-capitis'];
const pterygoids: MuscleId[] = ['lateral-pterygoid', 'medial-pterygoid'];
const neckExtensors: MuscleId[] = [
  'semispinalis-capitis',
  'semispinalis-cervicis-multifidi',
  'splenius-capitis',
  'splenius-cervicis',
];
const jaw = ['jaw-joint', 'angle-of-the-jaw'];
const teeth = ['upper-teeth', 'lower-teeth'];
const neck = ['back-of-the-neck', 'side-of-the-neck'];

const en: SearchWords = {
  muscles: [
    { words: ['scm', 'sternomastoid', 'sterno'], muscles: scm },
    // The infrahyoid "strap muscles" carry no trigger points in the catalogue; a patient's
    // strap-like band at the side of the neck is the sternocleidomastoid.
    { words: ['neck strap', 'strap muscle'], muscles: scm },
    // "Traps" in the gym and the clinic means the upper fibres.
    { words: ['trap', 'traps', 'upper trap', 'upper traps', 'upper trapezius'], muscles: ['upper-trapezius'] },
    { words: ['lower trap', 'lower traps', 'trapezius 3'], muscles: ['lower-trapezius'] },
    { words: ['deep neck flexors', 'deep neck flexor', 'prevertebral', 'longus'], muscles: prevertebral },
    { words: ['levator', 'levator scap', 'lev scap'], muscles: ['levator-scapulae'] },
    { words: ['tmj', 'tmd', 'jaw joint'], muscles: chewing, places: ['jaw-joint'] },
    {
      words: ['jaw muscle', 'jaw muscles', 'chewing muscles', 'masticatory', 'muscles of mastication'],
      muscles: chewing,
    },
    { words: ['suboccipitals', 'suboccs', 'subocc'], muscles: suboccipitals },
    { words: ['scalenes', 'scalene'], muscles: scalenes },
    { words: ['pterygoids', 'pterygoid', 'lat pter', 'med pter'], muscles: pterygoids },
    { words: ['neck extensors', 'paraspinals', 'posterior cervicals', 'multifidus'], muscles: neckExtensors },
    { words: ['occipitofrontalis', 'scalp muscle'], muscles: ['frontalis', 'occipitalis'] },
    { words: ['eyelid muscle', 'orbicularis'], muscles: ['orbicularis-oculi'] },
    { words: ['smile muscle', 'zygomaticus'], muscles: ['zygomaticus-major'] },
    { words: ['trochlea', 'trochlear', 'eye muscle'], muscles: ['superior-oblique'] },
  ],
  complaints: [
    {
      words: ['behind the eye', 'behind my eye', 'eye pain', 'pain in the eye', 'retro orbital'],
      places: ['behind-the-eye'],
    },
    { words: ['temple', 'temples', 'tension headache'], places: ['temple'] },
    { words: ['forehead', 'frontal headache'], places: ['forehead'] },
    { words: ['back of the head', 'base of the skull', 'occipital headache'], places: ['back-of-the-head'] },
    { words: ['top of the head', 'top of my head'], places: ['top-of-the-head'] },
    { words: ['behind the ear', 'behind my ear'], places: ['behind-the-ear'] },
    { words: ['jaw pain', 'jaw ache', 'sore jaw', 'painful jaw', 'jaw hurts'], places: jaw },
    {
      words: ['jaw clicking', 'clicking jaw', 'locked jaw', 'cannot open my mouth'],
      places: ['jaw-joint'],
      tags: ['jaw-movement'],
    },
    {
      words: [
        'ringing in the ear',
        'ringing in my ear',
        'ringing ears',
        'ringing in the ears',
        'tinnitus',
        'buzzing in the ear',
      ],
      places: ['ear'],
      tags: ['tinnitus'],
    },
    { words: ['earache', 'ear ache', 'ear pain', 'stuffy ear', 'blocked ear'], places: ['ear'], tags: ['ear'] },
    { words: ['toothache', 'tooth pain', 'sore teeth', 'sensitive teeth'], places: teeth, tags: ['teeth'] },
    { words: ['neck pain', 'stiff neck', 'sore neck', 'wry neck'], places: neck, tags: ['stiffness'] },
    {
      words: ['sore throat', 'pain swallowing', 'painful swallowing'],
      places: ['throat'],
      tags: ['throat-swallowing'],
    },
    { words: ['cheek pain', 'sinus pain', 'face pain'], places: ['cheek'], tags: ['nose-sinus'] },
    { words: ['dizzy', 'dizziness'], places: [], tags: ['dizziness'] },
  ],
};

const es: SearchWords = {
  muscles: [
    { words: ['ecm', 'escm', 'esternocleido', 'esternomastoideo'], muscles: scm },
    { words: ['trapecio', 'trapecios', 'trapecio superior'], muscles: ['upper-trapezius'] },
    { words: ['trapecio inferior', 'trapecio 3'], muscles: ['lower-trapezius'] },
    {
      words: ['flexores profundos del cuello', 'flexor profundo', 'prevertebrales', 'prevertebral'],
      muscles: prevertebral,
    },
    // "Angular del omóplato" is the traditional Spanish name of the levator scapulae.
    { words: ['angular', 'angular del omoplato', 'angular de la escapula', 'elevador'], muscles: ['levator-scapulae'] },
    { words: ['atm', 'articulacion temporomandibular'], muscles: chewing, places: ['jaw-joint'] },
    {
      words: ['musculo de la mandibula', 'musculos de la mandibula', 'masticadores', 'musculos masticatorios'],
      muscles: chewing,
    },
    { words: ['suboccipitales', 'suboccipital'], muscles: suboccipitals },
    { words: ['escalenos', 'escaleno'], muscles: scalenes },
    { words: ['pterigoideos', 'pterigoideo'], muscles: pterygoids },
    { words: ['paravertebrales', 'extensores del cuello', 'multifido', 'multifidos'], muscles: neckExtensors },
    { words: ['musculo del cuero cabelludo', 'occipitofrontal'], muscles: ['frontalis', 'occipitalis'] },
    { words: ['musculo del parpado', 'orbicular'], muscles: ['orbicularis-oculi'] },
    { words: ['musculo de la sonrisa', 'cigomatico'], muscles: ['zygomaticus-major'] },
    { words: ['troclea', 'troclear', 'musculo del ojo'], muscles: ['superior-oblique'] },
  ],
  complaints: [
    { words: ['detras del ojo', 'dolor de ojo', 'dolor en el ojo', 'dolor ocular'], places: ['behind-the-eye'] },
    { words: ['sien', 'sienes', 'cefalea tensional'], places: ['temple'] },
    { words: ['frente', 'dolor de frente'], places: ['forehead'] },
    { words: ['nuca', 'base del craneo', 'parte de atras de la cabeza'], places: ['back-of-the-head'] },
    { words: ['coronilla', 'parte de arriba de la cabeza'], places: ['top-of-the-head'] },
    { words: ['detras de la oreja'], places: ['behind-the-ear'] },
    {
      words: ['dolor de mandibula', 'dolor en la mandibula', 'dolor mandibular', 'me duele la mandibula'],
      places: jaw,
    },
    {
      words: ['chasquido', 'la mandibula cruje', 'mandibula bloqueada', 'no puedo abrir la boca'],
      places: ['jaw-joint'],
      tags: ['jaw-movement'],
    },
    {
      words: [
        'pitido en el oido',
        'pitido en los oidos',
        'zumbido en el oido',
        'zumbido de oidos',
        'acufenos',
        'tinnitus',
      ],
      places: ['ear'],
      tags: ['tinnitus'],
    },
    { words: ['dolor de oido', 'oido tapado', 'otalgia'], places: ['ear'], tags: ['ear'] },
    { words: ['dolor de muelas', 'dolor de dientes', 'dientes sensibles'], places: teeth, tags: ['teeth'] },
    { words: ['dolor de cuello', 'cuello rigido', 'torticolis'], places: neck, tags: ['stiffness'] },
    { words: ['dolor de garganta', 'dolor al tragar'], places: ['throat'], tags: ['throat-swallowing'] },
    { words: ['dolor de mejilla', 'dolor en la mejilla', 'dolor de senos'], places: ['cheek'], tags: ['nose-sinus'] },
    { words: ['mareo', 'mareos'], places: [], tags: ['dizziness'] },
  ],
};

/** Search words by language code; a language without its own list searches with names alone. */
export const searchWords: Readonly<Record<string, SearchWords>> = { en, es };
