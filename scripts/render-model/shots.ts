import { stretches } from '../../src/movement';
import type { ViewName } from './views';

/** One picture: its file name and the query the page reads (see README). */
export interface Shot {
  readonly file: string;
  readonly query: string;
}

/** The six standard views, each with the skin opaque, ghosted and off. */
export const STANDARD_VIEWS: readonly ViewName[] = ['front', 'back', 'left', 'right', 'top', 'below-behind'];

const SKINS = [
  ['skin', 'opaque'],
  ['ghosted', 'on'],
  ['bare', 'off'],
] as const;

/**
 * The muscles of the trigger-point chart (the catalogue has no flag for them, so the list is
 * the issue's), each shown alone with the bones, from where a textbook plate shows it. Both
 * sides are drawn, so the pair reads as in an atlas.
 */
/** `cut`: the left side's bones cut away beyond `ARCH_CUT`, or beyond the x (m) given. */
const CHART: readonly { name: string; muscles: readonly string[]; view: ViewName; cut?: true | number }[] = [
  { name: 'upper-trapezius', muscles: ['upper-trapezius'], view: 'back' },
  {
    name: 'sternocleidomastoid',
    muscles: ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'],
    view: 'throat',
  },
  { name: 'splenius-capitis', muscles: ['splenius-capitis'], view: 'back' },
  { name: 'semispinalis-capitis', muscles: ['semispinalis-capitis'], view: 'back' },
  { name: 'levator-scapulae', muscles: ['levator-scapulae'], view: 'neck' },
  {
    name: 'suboccipitals',
    muscles: [
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
    ],
    view: 'below-behind',
  },
  { name: 'temporalis', muscles: ['temporalis'], view: 'temple' },
  { name: 'masseter', muscles: ['masseter-superficial', 'masseter-deep'], view: 'jaw' },
  { name: 'scalenes', muscles: ['scalene-anterior', 'scalene-middle', 'scalene-posterior'], view: 'lateral-neck' },
  { name: 'pterygoids', muscles: ['lateral-pterygoid', 'medial-pterygoid'], view: 'infratemporal', cut: true },
  { name: 'digastric', muscles: ['digastric-anterior', 'digastric-posterior'], view: 'throat' },
  { name: 'occipitofrontalis', muscles: ['frontalis', 'occipitalis'], view: 'scalp' },
  { name: 'trapezius', muscles: ['upper-trapezius', 'lower-trapezius'], view: 'back' },
  { name: 'longus-colli-capitis', muscles: ['longus-colli', 'longus-capitis'], view: 'lateral-neck' },
  // Seen through the orbit with the lateral skull cut away: the belly on the medial wall, the
  // tendon over the eyeball from the trochlea.
  { name: 'superior-oblique', muscles: ['superior-oblique'], view: 'eye', cut: 0.03 },
];

/** Everything over the suboccipital triangle, removed for the deep view. */
const OVER_SUBOCCIPITALS = [
  'upper-trapezius',
  'sternocleidomastoid-sternal',
  'sternocleidomastoid-clavicular',
  'splenius-capitis',
  'splenius-cervicis',
  'semispinalis-capitis',
  'levator-scapulae',
  'occipitalis',
  'platysma',
];

/** Over the infratemporal fossa: the masseter and temporalis go, and the left side is cut at the arch. */
const OVER_PTERYGOIDS = [
  'masseter-superficial',
  'masseter-deep',
  'temporalis',
  'platysma',
  'buccinator',
  'zygomaticus-major',
];
/**
 * Model-space x (m) beyond which the left side's bones are cut away: the zygomatic arch and the
 * ramus, as a dissection removes them to show the pterygoids (the muscles stay whole).
 */
const ARCH_CUT = 0.038;

/**
 * Where each stretch is seen from: its muscle, on the subject's left, from the side or behind
 * where a textbook shows it (the head's movement reads in each); the rest from the front.
 */
const STRETCH_VIEW: Readonly<Record<string, ViewName>> = {
  'upper-trapezius': 'back',
  'levator-scapulae': 'back',
  'splenius-capitis': 'back',
  'splenius-cervicis': 'back',
  'semispinalis-capitis': 'back',
  'semispinalis-cervicis-multifidi': 'back',
  suboccipitals: 'below-behind',
  'sternocleidomastoid-sternal': 'throat',
  'sternocleidomastoid-clavicular': 'throat',
  platysma: 'throat',
  'digastric-anterior': 'throat',
  'masseter-superficial': 'jaw',
  'masseter-deep': 'jaw',
  temporalis: 'temple',
  'medial-pterygoid': 'infratemporal',
  'lower-trapezius': 'back',
};

/** The picture sets by name; `npx tsx scripts/render-model.ts <group>` renders one. */
export const GROUPS: Record<string, () => Shot[]> = {
  views: () =>
    STANDARD_VIEWS.flatMap((v) =>
      SKINS.map(([name, skin]) => ({ file: `view-${v}-${name}.png`, query: `view=${v}&skin=${skin}` })),
    ),
  muscles: () =>
    CHART.map((m) => {
      const cut = m.cut === true ? ARCH_CUT : m.cut;
      return {
        file: `muscle-${m.name}.png`,
        query: `view=${m.view}&skin=off&only=${m.muscles.join(',')}${cut ? `&cut=${cut}` : ''}`,
      };
    }),
  suboccipital: () => [
    { file: 'suboccipital-triangle.png', query: `view=below-behind&skin=off&hide=${OVER_SUBOCCIPITALS.join(',')}` },
  ],
  fossae: () => [
    { file: 'fossae-temporal.png', query: 'view=temple&skin=off&hide=masseter-superficial,masseter-deep' },
    {
      file: 'fossae-infratemporal.png',
      query: `view=infratemporal&skin=off&hide=${OVER_PTERYGOIDS.join(',')}&cut=${ARCH_CUT}`,
    },
  ],
  /**
   * Each stretch's end position for the left muscle, the skin ghosted over the stretched muscles
   * alone (both sides drawn, so the lengthened one reads against its partner).
   */
  stretches: () =>
    stretches.map((s) => {
      const view = STRETCH_VIEW[s.id] ?? 'front';
      const cut = view === 'infratemporal' ? `&cut=${ARCH_CUT}` : '';
      const only = [...s.muscles, ...(s.alsoLengthens ?? [])].join(',');
      return {
        file: `stretch-${s.id}.png`,
        query: `view=${view}&skin=on&only=${only}&pose=${s.id},left&size=640${cut}`,
      };
    }),
  /** The posture view's two positions from the side, the skin ghosted over every muscle. */
  posture: () =>
    (['neutral', 'forward-head-posture'] as const).map((pose) => ({
      file: `posture-${pose}.png`,
      query: `view=left&skin=on&pose=${pose}&size=640`,
    })),
  'neck-front': () => [
    { file: 'neck-front-bare.png', query: 'view=neck-front&skin=off' },
    { file: 'neck-front-ghosted.png', query: 'view=neck-front&skin=on' },
  ],
};
