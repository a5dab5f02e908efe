import { safetySourceList } from './safety-sources';

export type SourceKind = 'textbook' | 'journal' | 'web' | 'dataset';

/**
 * Every source the catalogue and the safety guidance (src/clinic) cite. Ids match the project's clinical
 * reference notes where they come from them.
 * Pages are cited by name only; nothing is fetched from them at run time.
 */
const sourceList = [
  {
    id: 'TS-1999',
    kind: 'textbook',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1, ' +
      'Upper Half of Body, 2nd ed. Williams & Wilkins, 1999 (head and neck chapters).',
  },
  { id: 'TPN-mas', kind: 'web', citation: 'triggerpoints.net, masseter muscle page.' },
  {
    id: 'ML-MAS',
    kind: 'web',
    citation: 'MedLink Neurology media page mpssi1: masseter referral figure legend (after Travell & Simons).',
  },
  {
    id: 'ML-MPT',
    kind: 'web',
    citation: 'MedLink Neurology media page mpssi4: medial pterygoid referral figure legend (after Travell & Simons).',
  },
  {
    id: 'ML-TP1',
    kind: 'web',
    citation: 'MedLink Neurology media page Mpssi5: upper trapezius trigger point 1 (after Travell & Simons).',
  },
  {
    id: 'ML-TP23',
    kind: 'web',
    citation: 'MedLink Neurology media page Mpssi6: upper trapezius trigger points 2 and 3 (after Travell & Simons).',
  },
  {
    id: 'ML-SCM',
    kind: 'web',
    citation: 'MedLink Neurology media page Mpssi9: sternocleidomastoid referral (after Travell & Simons).',
  },
  { id: 'NAMTPT-SCM', kind: 'web', citation: 'NAMTPT symptom checker: upper sternocleidomastoid.' },
  { id: 'NAMTPT-TEMP', kind: 'web', citation: 'NAMTPT symptom checker: temporalis.' },
  { id: 'NAMTPT-DIG', kind: 'web', citation: 'NAMTPT symptom checker: digastric.' },
  { id: 'WMM-ZYG', kind: 'web', citation: 'American Academy of Manual Medicine (webmanmed): zygomaticus major.' },
  { id: 'WMM-DIG', kind: 'web', citation: 'American Academy of Manual Medicine (webmanmed): digastric.' },
  { id: 'WMM-LPT', kind: 'web', citation: 'American Academy of Manual Medicine (webmanmed): lateral pterygoid.' },
  { id: 'NA-DIG', kind: 'web', citation: 'Niel Asher Education blog: digastricus muscle trigger points.' },
  { id: 'NA-LPT', kind: 'web', citation: 'Niel Asher Education blog: lateral pterygoid trigger point release.' },
  {
    id: 'GAT',
    kind: 'textbook',
    citation: 'Gatterman MI. Management of Muscle Injury and Myofascial Pain Syndromes, chapter 6 (head and neck).',
  },
  {
    id: 'DC-PC',
    kind: 'web',
    citation: 'Dynamic Chiropractic: article on the posterior cervical muscles in headache (id 56645).',
  },
  { id: 'DC-SCM', kind: 'web', citation: 'Dynamic Chiropractic: article on the sternocleidomastoid (id 44247).' },
  { id: 'FPN', kind: 'web', citation: 'FPnotebook: trigger point locations (Rheumatology, examination).' },
  {
    id: 'FdlP-EJP2007',
    kind: 'journal',
    citation:
      'Fernandez-de-las-Penas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. Referred pain from ' +
      'trapezius muscle trigger points shares similar characteristics with chronic tension type headache. ' +
      'Eur J Pain 2007;11:475-482.',
  },
  {
    id: 'FdlP-JBMT2010',
    kind: 'journal',
    citation:
      'Fernandez-de-las-Penas C, Ge HY, Alonso-Blanco C, Gonzalez-Iglesias J, Arendt-Nielsen L. Referred pain ' +
      'areas of active myofascial trigger points in head, neck, and shoulder muscles, in chronic tension type ' +
      'headache. J Bodyw Mov Ther 2010;14:391-396.',
  },
  {
    id: 'FdlP-JHP2011',
    kind: 'journal',
    citation:
      'Fernandez-de-las-Penas C, Fernandez-Mayoralas DM, Ortega-Santiago R, et al. Referred pain from ' +
      'myofascial trigger points in head and neck-shoulder muscles reproduces head pain features in children ' +
      'with chronic tension type headache. J Headache Pain 2011;12:35-43.',
  },
  {
    id: 'FdlP-H2005',
    kind: 'journal',
    citation:
      'Fernandez-de-las-Penas C, Cuadrado ML, Gerwin RD, Pareja JA. Referred pain from the trochlear region in ' +
      'tension-type headache: a myofascial trigger point from the superior oblique muscle. Headache ' +
      '2005;45:731-737.',
  },
  {
    id: 'FdlP-CJP2006',
    kind: 'journal',
    citation:
      'Fernandez-de-las-Penas C, Cuadrado ML, Gerwin RD, Pareja JA. Myofascial disorders in the trochlear region ' +
      'in unilateral migraine: a possible initiating or perpetuating factor. Clin J Pain 2006;22:548-553.',
  },
  {
    id: 'AB-PM2011',
    kind: 'journal',
    citation:
      'Alonso-Blanco C, et al. Prevalence and anatomical localization of muscle referred pain from active ' +
      'trigger points in head and neck musculature in adults and children with chronic tension-type headache. ' +
      'Pain Med 2011;12:1453-1463.',
  },
  {
    id: 'ANSUR-II',
    kind: 'dataset',
    citation:
      'ANSUR II anthropometric survey (US Army, 2012), public data; head and neck means computed by the project.',
  },
  {
    id: 'ANAT',
    kind: 'textbook',
    citation:
      'Standard gross anatomy (attachments, innervation and actions as in current anatomy textbooks, e.g. ' +
      "Gray's Anatomy).",
  },
  // The guidelines behind the red flags, in their own file (see there).
  ...safetySourceList,
  {
    id: 'YOUDAS-1992',
    kind: 'journal',
    citation:
      'Youdas JW, Garrett TR, Suman VJ, Bogard CL, Hallman HO, Carey JR. Normal range of motion of the cervical ' +
      'spine: an initial goniometric study. Phys Ther 1992;72:770-780.',
  },
  {
    id: 'SWINKELS-2014',
    kind: 'journal',
    citation:
      'Swinkels RAHM, Swinkels-Meewisse IEJ. Normal values for cervical range of motion. Spine 2014;39:362-367.',
    uncertain: true,
  },
  {
    id: 'BM-2000',
    kind: 'journal',
    citation:
      'Bogduk N, Mercer S. Biomechanics of the cervical spine. I: Normal kinematics. Clin Biomech ' +
      '2000;15:633-648.',
  },
  {
    id: 'WP-1990',
    kind: 'textbook',
    citation:
      'White AA, Panjabi MM. Clinical Biomechanics of the Spine, 2nd ed. Lippincott, 1990 (representative ' +
      'segmental ranges of the cervical spine).',
  },
  {
    id: 'AMEVO-1991',
    kind: 'journal',
    citation:
      'Amevo B, Worth D, Bogduk N. Instantaneous axes of rotation of the typical cervical motion segments: a ' +
      'study in normal volunteers. Clin Biomech 1991;6:111-117.',
  },
  {
    id: 'DC-TMD-2014',
    kind: 'journal',
    citation:
      'Schiffman E, Ohrbach R, Truelove E, et al. Diagnostic Criteria for Temporomandibular Disorders (DC/TMD) ' +
      'for clinical and research applications: recommendations of the International RDC/TMD Consortium Network ' +
      'and Orofacial Pain Special Interest Group. J Oral Facial Pain Headache 2014;28:6-27.',
  },
  {
    id: 'OKESON',
    kind: 'textbook',
    citation:
      'Okeson JP. Management of Temporomandibular Disorders and Occlusion, 7th ed. Elsevier Mosby, 2013 ' +
      '(mandibular movement).',
    uncertain: true,
  },
  {
    id: 'NEUMANN-2010',
    kind: 'textbook',
    citation:
      'Neumann DA. Kinesiology of the Musculoskeletal System: Foundations for Rehabilitation, 2nd ed. Mosby ' +
      'Elsevier, 2010 (the sternoclavicular joint).',
  },
  {
    id: 'JULL-2002',
    kind: 'journal',
    citation:
      'Jull G, Trott P, Potter H, et al. A randomized controlled trial of exercise and manipulative therapy for ' +
      'cervicogenic headache. Spine 2002;27:1835-1843.',
  },
  {
    id: 'FdlP-H2006',
    kind: 'journal',
    citation:
      'Fernandez-de-las-Penas C, Alonso-Blanco C, Cuadrado ML, Gerwin RD, Pareja JA. Trigger points in the ' +
      'suboccipital muscles and forward head posture in tension-type headache. Headache 2006;46:454-460.',
  },
  {
    id: 'WT-1993',
    kind: 'journal',
    citation:
      'Watson DH, Trott PH. Cervical headache: an investigation of natural head posture and upper cervical ' +
      'flexor muscle performance. Cephalalgia 1993;13:272-284.',
  },
  {
    id: 'BANDY-1997',
    kind: 'journal',
    citation:
      'Bandy WD, Irion JM, Briggler M. The effect of time and frequency of static stretching on flexibility of ' +
      'the hamstring muscles. Phys Ther 1997;77:1090-1096.',
  },
  {
    id: 'ACSM-2011',
    kind: 'journal',
    citation:
      'Garber CE, Blissmer B, Deschenes MR, et al. American College of Sports Medicine position stand. Quantity ' +
      'and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and ' +
      'neuromotor fitness in apparently healthy adults: guidance for prescribing exercise. Med Sci Sports ' +
      'Exerc 2011;43:1334-1359.',
  },
] as const satisfies readonly { id: string; kind: SourceKind; citation: string; uncertain?: boolean }[];

/** A source's id as the catalogue cites it; a mistyped id does not compile. */
export type SourceId = (typeof sourceList)[number]['id'];

export interface Source {
  readonly id: SourceId;
  readonly citation: string;
  readonly kind: SourceKind;
  /** True where a detail of the citation (edition, pages) is recalled rather than checked. */
  readonly uncertain?: boolean;
}

export const sources: readonly Source[] = sourceList;

export const sourceIds: ReadonlySet<string> = new Set(sources.map((s) => s.id));

/** For ids from outside (a loader of outside data, a translation key). */
export function isSourceId(value: unknown): value is SourceId {
  return typeof value === 'string' && sourceIds.has(value);
}
