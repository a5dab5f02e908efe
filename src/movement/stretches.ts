import type { MuscleId, SourceId } from '../mapping';
import { compose, girdleMotion, jawMotion, lowerNeck, neckMotion, upperNeck } from './poses';
import { mirrorPose, type Pose } from './pose';
import type { Side } from '../mapping';

/**
 * The stretch of each muscle whose stretch the joints can show: its end position, written for the
 * muscle on the left ("away" turns or bends to the right, "toward" to the left); the right's is
 * the mirror image (`stretchPose`). One stretch per entry of the clinic's examination table
 * (`src/clinic/examination.ts`), whose id it takes and whose words say the position for both
 * readers; how long to hold it and when to stop are the clinic's too (`src/clinic/stretching.ts`).
 * Each lengthens its muscles by at least 8 % in the model, and no other muscle past 130 % of its
 * rest length (tests/movement/stretches.test.ts); the figures are in the README.
 */
export interface Stretch {
  /** The examination entry whose stretch this shows. */
  readonly id: string;
  /** The muscles it lengthens by 8 % or more. */
  readonly muscles: readonly MuscleId[];
  /** Muscles of the same entry it lengthens by less (the model's figure is in the README). */
  readonly alsoLengthens?: readonly MuscleId[];
  /** The end position for the muscle on the left. */
  readonly pose: Pose;
  readonly sources: readonly SourceId[];
  /** The entry's position is recalled rather than checked against a cited page. */
  readonly uncertain?: boolean;
}

const AWAY = -1;
const TOWARD = 1;
const shoulderDown = girdleMotion('elevation', -1, ['left']);
/**
 * The bent-neck stretches (splenii, semispinalis) turn the head away, and a turned chin meets the
 * chest over the other side's sternocleidomastoid before the neck's full flexion: their flexion
 * stops there, where the model's mandible comes within a millimetre of that muscle's sternal head
 * (the fractions first written, 0.7-1 of the range, put it 3-6 mm into the muscle). Most of their
 * lengthening comes from the turn and the upper neck: the flexion given up cost them 1-3 %.
 */
/** Controlled opening with the tongue on the palate: the condyles turn more than they glide. */
const controlledOpening = jawMotion({ opening: 0.5, glide: 0.3 });
const jawCloser = (id: MuscleId, sources: readonly SourceId[]): Stretch => ({
  id,
  muscles: [id],
  pose: controlledOpening,
  sources,
});

export const stretches: readonly Stretch[] = [
  {
    id: 'upper-trapezius',
    muscles: ['upper-trapezius'],
    // Side-bend away, slight rotation toward, a little flexion, the shoulder held down.
    pose: compose(
      neckMotion('sideBend', 0.9 * AWAY),
      neckMotion('rotation', 0.2 * TOWARD),
      neckMotion('flexion', 0.3),
      shoulderDown,
    ),
    sources: ['TS-1999'],
  },
  {
    id: 'levator-scapulae',
    muscles: ['levator-scapulae'],
    // Rotation about 45 degrees away, then flexion (nose toward the opposite armpit), scapula down.
    pose: compose(neckMotion('rotation', (45 / 80) * AWAY), neckMotion('flexion', 0.6), shoulderDown),
    sources: ['TS-1999'],
  },
  {
    id: 'splenius-capitis',
    muscles: ['splenius-capitis'],
    pose: compose(neckMotion('flexion', 0.65), neckMotion('rotation', 0.4 * AWAY), neckMotion('sideBend', 0.4 * AWAY)),
    sources: ['TS-1999'],
  },
  {
    id: 'splenius-cervicis',
    muscles: ['splenius-cervicis'],
    pose: compose(neckMotion('flexion', 0.55), neckMotion('rotation', 0.4 * AWAY), neckMotion('sideBend', 0.4 * AWAY)),
    sources: ['TS-1999'],
    uncertain: true,
  },
  {
    id: 'semispinalis-capitis',
    muscles: ['semispinalis-capitis'],
    // Upper-cervical then mid-cervical flexion, slight rotation away.
    pose: compose(neckMotion('flexion', 1, upperNeck), neckMotion('flexion', 0.55), neckMotion('rotation', 0.2 * AWAY)),
    sources: ['TS-1999'],
  },
  {
    id: 'semispinalis-cervicis-multifidi',
    muscles: ['semispinalis-cervicis-multifidi'],
    pose: compose(neckMotion('flexion', 0.8), neckMotion('rotation', 0.3 * AWAY)),
    sources: ['TS-1999'],
    uncertain: true,
  },
  {
    id: 'suboccipitals',
    muscles: ['rectus-capitis-posterior-minor', 'rectus-capitis-posterior-major', 'obliquus-capitis-inferior'],
    // The superior oblique lies close to the axis of the nod: it lengthens least.
    alsoLengthens: ['obliquus-capitis-superior'],
    // A chin nod at the upper neck only; slight rotation away adds the obliques.
    pose: compose(neckMotion('flexion', 1, upperNeck), neckMotion('rotation', 0.3 * AWAY, upperNeck)),
    sources: ['TS-1999', 'GAT'],
  },
  {
    id: 'sternocleidomastoid-sternal',
    muscles: ['sternocleidomastoid-sternal'],
    // Gentle extension (of the lower neck: extending the head on the neck slackens the muscle)
    // with rotation toward the same side, which does most of the lengthening.
    pose: compose(neckMotion('flexion', -0.1, lowerNeck), neckMotion('rotation', 0.7 * TOWARD)),
    sources: ['TS-1999'],
  },
  {
    id: 'sternocleidomastoid-clavicular',
    muscles: ['sternocleidomastoid-clavicular'],
    // Side-bend away with rotation toward and slight extension, the clavicle held down.
    pose: compose(
      neckMotion('sideBend', 0.5 * AWAY),
      neckMotion('rotation', 0.3 * TOWARD),
      neckMotion('flexion', -0.1),
      shoulderDown,
    ),
    sources: ['TS-1999'],
  },
  {
    id: 'scalenes',
    muscles: ['scalene-anterior', 'scalene-middle', 'scalene-posterior'],
    // Side-bend away with the first rib (on the still thorax) and the shoulder held down.
    pose: compose(neckMotion('sideBend', 0.9 * AWAY), shoulderDown),
    sources: ['TS-1999'],
  },
  {
    id: 'platysma',
    muscles: ['platysma'],
    pose: neckMotion('flexion', -0.5),
    sources: ['TS-1999'],
    uncertain: true,
  },
  {
    id: 'digastric-anterior',
    muscles: ['digastric-anterior'],
    // Jaw closed, gentle extension.
    pose: neckMotion('flexion', -0.4),
    sources: ['TS-1999', 'NAMTPT-DIG'],
  },
  jawCloser('masseter-superficial', ['TS-1999', 'ML-MAS']),
  jawCloser('masseter-deep', ['TS-1999', 'ML-MAS']),
  jawCloser('temporalis', ['TS-1999']),
  {
    id: 'medial-pterygoid',
    muscles: ['medial-pterygoid'],
    // Controlled opening with a small side shift toward the same side.
    pose: jawMotion({ opening: 0.5, glide: 0.3, lateralShift: 0.3 * TOWARD }),
    sources: ['TS-1999', 'ML-MPT'],
  },
  {
    id: 'lower-trapezius',
    muscles: ['lower-trapezius'],
    // The shoulder blade drawn forward and up (the model's trunk does not round).
    pose: compose(girdleMotion('protraction', 1, ['left']), girdleMotion('elevation', 0.5, ['left'])),
    sources: ['TS-1999'],
    uncertain: true,
  },
];

/** The stretch's end position for the muscle on `side`. */
export const stretchPose = (stretch: Stretch, side: Side): Pose =>
  side === 'left' ? stretch.pose : mirrorPose(stretch.pose);

/** The stretch of that id (a link's, a message's, the store's), if there is one. */
export const stretchById = (id: string): Stretch | undefined => stretches.find((s) => s.id === id);

/** The stretch that shows a muscle's, if the joints can show it. */
export const stretchFor = (muscle: MuscleId): Stretch | undefined =>
  stretches.find((s) => s.muscles.includes(muscle) || s.alsoLengthens?.includes(muscle));
