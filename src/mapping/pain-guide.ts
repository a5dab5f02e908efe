import type { MuscleId } from './muscles/ids';
import type { SourceId } from './sources';

/**
 * The pain guide as data: for each place a patient points to on the head, face, jaw and neck, the
 * muscles Travell & Simons name for it, in the book's order. It is the yardstick the reverse
 * lookup, the named places and the quiz are tested against, never a second lookup: the answers
 * come from the zones alone.
 *
 * Written from the manual (vol. 1, 2nd ed.): its head-and-neck pain guide and the face-and-jaw
 * part of it, and, where the guide has no heading of its own for a place (the base of the skull,
 * the side of the head, the teeth split into upper and lower), the chapters' referral figures.
 * Anything recalled rather than checked against the page is marked `uncertain`.
 */

/**
 * How a row was put together:
 * - `guide`: the guide's own heading and list, as the book gives it;
 * - `guide-by-figures`: a guide heading wider than the place (e.g. "eye and eyebrow"), narrowed
 *   to the listed muscles whose chapter figure reaches this place;
 * - `figures`: no heading of its own in the guide; assembled from the chapters' figures;
 * - `studies`: the tension-type headache series, with the book's figures.
 */
export type GuideBasis = 'guide' | 'guide-by-figures' | 'figures' | 'studies';

export interface GuideListing {
  /** The muscle as the book names it, e.g. "Suboccipital group". */
  readonly book: string;
  /** The catalogue's muscles it stands for (the four of a group), in the book's order. */
  readonly muscleIds: readonly MuscleId[];
  /** Recalled rather than checked against the page: neither required nor counted wrong in tests. */
  readonly uncertain?: boolean;
  readonly note?: string;
}

export interface OutsideGuide {
  readonly muscleId: MuscleId;
  readonly why: string;
}

export interface GuideRegion {
  readonly id: string;
  /** The place in plain clinical words (English; the named place carries the translated name). */
  readonly name: string;
  readonly part: 'head' | 'face-and-jaw' | 'neck' | 'upper-back';
  readonly basis: GuideBasis;
  /** The guide's heading the row comes from, where it has one. */
  readonly heading?: string;
  /** The named place (`painRegions` in regions.ts) that answers for it; none outside the model's skin. */
  readonly painRegionId?: string;
  /** The book's muscles for the place that the catalogue has, in the book's order. */
  readonly listed: readonly GuideListing[];
  /**
   * Catalogue muscles whose chapter figures reach the place although the guide's list for it does
   * not name them (the lists are shorter than the figures): the lookup may answer them, a test
   * neither asks for them nor counts them wrong.
   */
  readonly alsoInFigures: readonly MuscleId[];
  /**
   * Catalogue muscles the book neither lists nor draws here that still answer the place, each with
   * why: the superior oblique, from the tension-type headache and migraine series; the longus
   * capitis, whose drawn pattern is uncertain. The lookup may answer them; a test neither asks for
   * them nor counts them wrong.
   */
  readonly outsideGuide?: readonly OutsideGuide[];
  /** The book's muscles for the place that the catalogue does not have yet, so none is dropped. */
  readonly notInCatalogue: readonly string[];
  readonly sources: readonly SourceId[];
  readonly uncertain?: boolean;
  readonly note?: string;
}

const SUBOCCIPITALS = [
  'rectus-capitis-posterior-major',
  'rectus-capitis-posterior-minor',
  'obliquus-capitis-superior',
  'obliquus-capitis-inferior',
] as const satisfies readonly MuscleId[];

/** One listing: the book's name and the catalogue muscle(s) it stands for. */
const listing = (
  book: string,
  ids: MuscleId | readonly MuscleId[],
  extra?: { uncertain?: boolean; note?: string },
) => ({
  book,
  muscleIds: typeof ids === 'string' ? [ids] : ids,
  ...extra,
});

const trapezius = listing('Trapezius (upper)', 'upper-trapezius');
const scmSternal = listing('Sternocleidomastoid (sternal division)', 'sternocleidomastoid-sternal');
const scmClavicular = listing('Sternocleidomastoid (clavicular division)', 'sternocleidomastoid-clavicular');
const suboccipital = listing('Suboccipital group', SUBOCCIPITALS);
const lowerTrapezius = listing('Trapezius (lower, trigger point 3)', 'lower-trapezius');
const TS = ['TS-1999'] as const satisfies readonly SourceId[];

/** Not in the book's guide: the research series that found it, for the places it reaches. */
const superiorOblique: OutsideGuide = {
  muscleId: 'superior-oblique',
  why:
    'Not in the book: the tension-type headache and migraine series (retro-orbital ache, sometimes the ' +
    'brow and forehead)',
};

export const painGuide: readonly GuideRegion[] = [
  // Head
  {
    id: 'back-of-head',
    name: 'Back of the head (occipital pain)',
    part: 'head',
    basis: 'guide',
    heading: 'Back-of-head pain',
    painRegionId: 'back-of-the-head',
    listed: [
      trapezius,
      scmSternal,
      listing('Semispinalis capitis', 'semispinalis-capitis'),
      listing('Semispinalis cervicis', 'semispinalis-cervicis-multifidi'),
      listing('Splenius cervicis', 'splenius-cervicis'),
      suboccipital,
      listing('Occipitalis', 'occipitalis'),
      listing('Digastric (posterior belly)', 'digastric-posterior'),
      listing('Temporalis (posterior fibres)', 'temporalis', {
        uncertain: true,
        note: 'Its place in the list is recalled',
      }),
    ],
    alsoInFigures: [],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'base-of-skull',
    name: 'Base of the skull (suboccipital area)',
    part: 'head',
    basis: 'figures',
    painRegionId: 'base-of-the-skull',
    listed: [
      suboccipital,
      listing('Semispinalis cervicis and multifidi (about C4-C5)', 'semispinalis-cervicis-multifidi'),
      listing('Trapezius (trigger point 2)', 'upper-trapezius', { uncertain: true }),
      listing('Trapezius (lower, trigger point 3: the high cervical paraspinal area)', 'lower-trapezius'),
    ],
    alsoInFigures: ['semispinalis-capitis', 'splenius-cervicis', 'digastric-posterior'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'vertex',
    name: 'Top of the head (vertex)',
    part: 'head',
    basis: 'guide',
    heading: 'Vertex headache',
    painRegionId: 'top-of-the-head',
    listed: [scmSternal, listing('Splenius capitis', 'splenius-capitis')],
    alsoInFigures: ['semispinalis-capitis'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'temporal',
    name: 'Temple (temporal headache)',
    part: 'head',
    basis: 'guide',
    heading: 'Temporal headache',
    painRegionId: 'temple',
    listed: [
      trapezius,
      scmSternal,
      listing('Temporalis', 'temporalis'),
      listing('Splenius cervicis', 'splenius-cervicis'),
      suboccipital,
      listing('Semispinalis capitis', 'semispinalis-capitis'),
    ],
    alsoInFigures: ['masseter-superficial'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'side-of-head',
    name: 'Side of the head above the ear (parietal area)',
    part: 'head',
    basis: 'figures',
    painRegionId: 'side-of-the-head',
    listed: [
      listing('Temporalis (trigger points 3 and 4)', 'temporalis'),
      listing('Semispinalis capitis (band halfway round the head)', 'semispinalis-capitis'),
      suboccipital,
      listing('Trapezius (trigger point 1, round the ear)', 'upper-trapezius', { uncertain: true }),
    ],
    alsoInFigures: [],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'frontal',
    name: 'Forehead (frontal headache)',
    part: 'head',
    basis: 'guide',
    heading: 'Frontal headache',
    painRegionId: 'forehead',
    listed: [
      scmClavicular,
      scmSternal,
      listing('Semispinalis capitis', 'semispinalis-capitis'),
      listing('Frontalis', 'frontalis'),
      listing('Zygomaticus major', 'zygomaticus-major', {
        note: 'Its pattern reaches the mid-forehead near the midline',
      }),
    ],
    alsoInFigures: [...SUBOCCIPITALS, 'masseter-superficial', 'temporalis'],
    outsideGuide: [superiorOblique],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'eyebrow',
    name: 'Eyebrow',
    part: 'head',
    basis: 'guide-by-figures',
    heading: 'Eye and eyebrow pain',
    painRegionId: 'eyebrow',
    listed: [
      scmSternal,
      listing('Temporalis (anterior fibres)', 'temporalis'),
      listing('Masseter (superficial, lowest trigger point)', 'masseter-superficial'),
      suboccipital,
      listing('Orbicularis oculi', 'orbicularis-oculi'),
    ],
    alsoInFigures: ['semispinalis-capitis', 'frontalis', 'sternocleidomastoid-clavicular', 'upper-trapezius'],
    outsideGuide: [superiorOblique],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'behind-the-eye',
    name: 'In and behind the eye',
    part: 'head',
    basis: 'guide-by-figures',
    heading: 'Eye and eyebrow pain',
    painRegionId: 'behind-the-eye',
    listed: [
      scmSternal,
      listing('Splenius cervicis', 'splenius-cervicis'),
      suboccipital,
      listing('Occipitalis', 'occipitalis'),
      listing('Trapezius (upper, behind the orbit)', 'upper-trapezius'),
    ],
    alsoInFigures: ['temporalis', 'orbicularis-oculi', 'semispinalis-capitis'],
    outsideGuide: [superiorOblique],
    notInCatalogue: [],
    sources: ['TS-1999', 'FdlP-H2005'],
  },
  // Face and jaw
  {
    id: 'ear',
    name: 'Ear',
    part: 'face-and-jaw',
    basis: 'guide',
    heading: 'Ear and TMJ pain',
    painRegionId: 'ear',
    listed: [
      listing('Lateral pterygoid', 'lateral-pterygoid'),
      listing('Masseter (deep)', 'masseter-deep'),
      scmClavicular,
      listing('Medial pterygoid', 'medial-pterygoid'),
    ],
    alsoInFigures: ['sternocleidomastoid-sternal'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'jaw-joint',
    name: 'Jaw joint (TMJ)',
    part: 'face-and-jaw',
    basis: 'guide-by-figures',
    heading: 'Ear and TMJ pain',
    painRegionId: 'jaw-joint',
    listed: [
      listing('Lateral pterygoid', 'lateral-pterygoid'),
      listing('Masseter (deep)', 'masseter-deep'),
      listing('Medial pterygoid', 'medial-pterygoid'),
    ],
    alsoInFigures: ['sternocleidomastoid-clavicular', 'temporalis'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'cheek',
    name: 'Cheek and maxilla',
    part: 'face-and-jaw',
    basis: 'guide-by-figures',
    heading: 'Cheek and jaw pain',
    painRegionId: 'cheek',
    listed: [
      scmSternal,
      listing('Masseter (superficial)', 'masseter-superficial'),
      listing('Lateral pterygoid', 'lateral-pterygoid'),
      listing('Buccinator', 'buccinator'),
      listing('Platysma', 'platysma', { uncertain: true }),
      listing('Zygomaticus major', 'zygomaticus-major', { uncertain: true }),
    ],
    alsoInFigures: ['temporalis', 'masseter-deep', 'sternocleidomastoid-clavicular', 'orbicularis-oculi'],
    notInCatalogue: [],
    sources: TS,
    note: 'The heading is recalled as "cheek and jaw"; the jaw part is the angle of the jaw below',
  },
  {
    id: 'angle-of-jaw',
    name: 'Angle and body of the jaw',
    part: 'face-and-jaw',
    basis: 'guide-by-figures',
    heading: 'Cheek and jaw pain',
    painRegionId: 'angle-of-the-jaw',
    listed: [
      listing('Masseter (superficial)', 'masseter-superficial'),
      trapezius,
      listing('Medial pterygoid', 'medial-pterygoid', { uncertain: true }),
      listing('Platysma', 'platysma', { uncertain: true }),
    ],
    alsoInFigures: ['digastric-posterior'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'upper-teeth',
    name: 'Upper teeth',
    part: 'face-and-jaw',
    basis: 'guide-by-figures',
    heading: 'Toothache',
    painRegionId: 'upper-teeth',
    listed: [
      listing('Temporalis', 'temporalis'),
      listing('Masseter (superficial, upper part)', 'masseter-superficial'),
    ],
    alsoInFigures: ['buccinator', 'sternocleidomastoid-clavicular'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'lower-teeth',
    name: 'Lower teeth',
    part: 'face-and-jaw',
    basis: 'guide-by-figures',
    heading: 'Toothache',
    painRegionId: 'lower-teeth',
    listed: [
      listing('Masseter (superficial, mid-belly)', 'masseter-superficial'),
      listing('Digastric (anterior belly): lower incisors', 'digastric-anterior'),
    ],
    alsoInFigures: ['buccinator', 'platysma'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'chin',
    name: 'Chin',
    part: 'face-and-jaw',
    basis: 'figures',
    painRegionId: 'chin',
    listed: [
      listing('Digastric (anterior belly)', 'digastric-anterior'),
      listing('Platysma', 'platysma'),
      listing('Sternocleidomastoid (sternal division)', 'sternocleidomastoid-sternal', { uncertain: true }),
    ],
    alsoInFigures: ['masseter-superficial'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'mouth',
    name: 'Inside the mouth (tongue, palate, back of the mouth)',
    part: 'face-and-jaw',
    basis: 'figures',
    painRegionId: 'inside-the-mouth',
    listed: [
      listing('Medial pterygoid (tongue, pharynx, hard palate)', 'medial-pterygoid'),
      listing('Digastric (anterior belly, tip of the tongue)', 'digastric-anterior', { uncertain: true }),
    ],
    alsoInFigures: ['buccinator', 'masseter-superficial'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'nose-and-sinus',
    name: 'Nose and maxillary sinus',
    part: 'face-and-jaw',
    basis: 'figures',
    painRegionId: 'nose-and-sinus',
    listed: [
      listing('Sternocleidomastoid (sternal division)', 'sternocleidomastoid-sternal'),
      listing('Masseter (superficial, upper part)', 'masseter-superficial'),
      listing('Lateral pterygoid', 'lateral-pterygoid'),
      listing('Zygomaticus major', 'zygomaticus-major'),
      listing('Orbicularis oculi', 'orbicularis-oculi', { uncertain: true }),
    ],
    alsoInFigures: ['temporalis', 'buccinator', 'sternocleidomastoid-clavicular'],
    notInCatalogue: [],
    sources: TS,
  },
  // Neck
  {
    id: 'behind-the-ear',
    name: 'Behind the ear (mastoid)',
    part: 'neck',
    basis: 'figures',
    painRegionId: 'behind-the-ear',
    listed: [
      trapezius,
      listing('Sternocleidomastoid (sternal division, upper trigger point)', 'sternocleidomastoid-sternal'),
      listing('Sternocleidomastoid (clavicular division)', 'sternocleidomastoid-clavicular'),
      listing('Digastric (posterior belly)', 'digastric-posterior'),
      lowerTrapezius,
    ],
    alsoInFigures: ['temporalis', 'semispinalis-capitis', ...SUBOCCIPITALS, 'occipitalis'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'back-of-neck',
    name: 'Back of the neck',
    part: 'neck',
    basis: 'guide',
    heading: 'Back-of-neck pain',
    painRegionId: 'back-of-the-neck',
    listed: [
      trapezius,
      listing('Multifidi', 'semispinalis-cervicis-multifidi'),
      listing('Levator scapulae', 'levator-scapulae'),
      listing('Splenius cervicis', 'splenius-cervicis'),
      lowerTrapezius,
    ],
    alsoInFigures: [],
    notInCatalogue: ['Infraspinatus (recalled, uncertain)'],
    sources: TS,
  },
  {
    id: 'side-of-neck',
    name: 'Side of the neck',
    part: 'neck',
    basis: 'figures',
    painRegionId: 'side-of-the-neck',
    listed: [
      listing('Trapezius (upper, trigger point 1)', 'upper-trapezius'),
      listing('Levator scapulae', 'levator-scapulae', { uncertain: true }),
    ],
    alsoInFigures: ['splenius-cervicis', 'semispinalis-cervicis-multifidi'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'neck-shoulder-angle',
    name: 'Angle between the neck and the shoulder',
    part: 'neck',
    basis: 'figures',
    painRegionId: 'neck-shoulder-angle',
    listed: [
      listing('Levator scapulae', 'levator-scapulae'),
      listing('Splenius cervicis (lower)', 'splenius-cervicis'),
    ],
    alsoInFigures: ['semispinalis-cervicis-multifidi', 'upper-trapezius'],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'throat',
    name: 'Throat and front of the neck',
    part: 'neck',
    basis: 'guide',
    heading: 'Throat and front-of-neck pain',
    painRegionId: 'throat',
    listed: [
      scmSternal,
      listing('Digastric (posterior belly)', 'digastric-posterior'),
      listing('Medial pterygoid', 'medial-pterygoid'),
      listing('Longus colli', 'longus-colli', { uncertain: true, note: 'Recalled for this list' }),
    ],
    alsoInFigures: ['digastric-anterior'],
    outsideGuide: [
      {
        muscleId: 'longus-capitis',
        why: 'Not in the book: no pattern of its own is described; drawn like the upper longus colli (uncertain)',
      },
    ],
    notInCatalogue: [],
    sources: TS,
  },
  {
    id: 'top-of-shoulder',
    name: 'Top of the shoulder',
    part: 'neck',
    basis: 'figures',
    listed: [
      listing('Levator scapulae (back of the shoulder)', 'levator-scapulae', { uncertain: true }),
      listing('Trapezius (lower, trigger point 3: the acromion)', 'lower-trapezius', { uncertain: true }),
    ],
    alsoInFigures: [],
    notInCatalogue: ['Trapezius (middle fibres)', 'Supraspinatus', 'Deltoid'],
    sources: TS,
    uncertain: true,
    note: 'Mostly below the model: no named place answers for it',
  },
  // Upper back
  {
    id: 'upper-back',
    name: 'Upper back between the shoulder blades',
    part: 'upper-back',
    basis: 'guide',
    heading: 'Upper thoracic back pain',
    painRegionId: 'upper-back',
    listed: [
      listing('Scaleni', ['scalene-anterior', 'scalene-middle', 'scalene-posterior']),
      listing('Levator scapulae', 'levator-scapulae'),
      listing('Multifidi', 'semispinalis-cervicis-multifidi'),
      listing('Splenius cervicis', 'splenius-cervicis', { uncertain: true }),
    ],
    alsoInFigures: [],
    notInCatalogue: ['Supraspinatus', 'Trapezius (middle fibres)', 'Rhomboids', 'Triceps brachii', 'Biceps brachii'],
    sources: TS,
    uncertain: true,
    note: 'From the guide of the upper back and shoulder; the list is recalled',
  },
  {
    id: 'tension-band',
    name: 'A band round both sides of the head (tension-type headache)',
    part: 'head',
    basis: 'studies',
    painRegionId: 'band-round-the-head',
    listed: [
      suboccipital,
      trapezius,
      listing('Temporalis', 'temporalis'),
      scmSternal,
      listing('Semispinalis capitis (band halfway round the head)', 'semispinalis-capitis'),
    ],
    alsoInFigures: [
      'sternocleidomastoid-clavicular',
      'splenius-cervicis',
      'masseter-superficial',
      'frontalis',
      'occipitalis',
    ],
    outsideGuide: [superiorOblique],
    notInCatalogue: [],
    sources: ['FdlP-EJP2007', 'FdlP-JBMT2010', 'AB-PM2011', 'FdlP-H2005', 'TS-1999'],
    note: 'The studies found these trigger points often in chronic tension-type headache; they do not show cause',
  },
];

const byId = new Map(painGuide.map((r) => [r.id, r]));

export function getGuideRegion(id: string): GuideRegion | undefined {
  return byId.get(id);
}

/** The guide's row for a named place (a `PainRegion` id), if it has one. */
export function guideForPainRegion(painRegionId: string): GuideRegion | undefined {
  return painGuide.find((r) => r.painRegionId === painRegionId);
}

/**
 * The catalogue muscles the guide lists for a place, in the book's order, each once. With
 * `certainOnly`, listings marked uncertain are left out.
 */
export function guideMuscles(region: GuideRegion, { certainOnly = false } = {}): MuscleId[] {
  const ids = region.listed.filter((l) => !certainOnly || !l.uncertain).flatMap((l) => l.muscleIds);
  return [...new Set(ids)];
}

/** Every catalogue muscle the guide or the figures name for a place: none of them is wrong there. */
export function acceptableMuscles(region: GuideRegion): Set<MuscleId> {
  return new Set([...guideMuscles(region), ...region.alsoInFigures, ...outsideGuideMuscles(region)]);
}

/** The muscles outside the book that answer a place (`outsideGuide`). */
export function outsideGuideMuscles(region: GuideRegion): MuscleId[] {
  return (region.outsideGuide ?? []).map((o) => o.muscleId);
}

/** The places whose guide row lists the muscle (the quiz never marks it wrong there). */
export function guideRegionsListing(muscleId: MuscleId): GuideRegion[] {
  return painGuide.filter((r) => r.listed.some((l) => l.muscleIds.includes(muscleId)));
}
