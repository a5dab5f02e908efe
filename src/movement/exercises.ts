import type { SourceId } from '../mapping';
import type { ExerciseId } from '../clinic/exercise-ids';
import type { AdviceId } from '../clinic/self-care';
import { compose, girdleMotion, neckMotion, upperNeck } from './poses';
import { NEUTRAL, type Pose } from './pose';

/**
 * Exercises shown on the model: the positions played in order, from neutral and back, and the
 * clinic's advice that names them (`src/clinic/self-care.ts`); how to do each, how often and when
 * to stop are `src/clinic/exercising.ts`, keyed by the same id.
 */
export interface Exercise {
  readonly id: ExerciseId;
  readonly sequence: readonly Pose[];
  readonly advice: AdviceId;
  readonly sources: readonly SourceId[];
}

/** The nod of the upper neck alone, the lower neck still: the chin-tuck exercise of the headache trials. */
const nod = neckMotion('flexion', 1, upperNeck);
/** Both shoulder blades drawn back and a little down. */
const bladesBackAndDown = compose(
  girdleMotion('protraction', -0.8, ['left', 'right']),
  girdleMotion('elevation', -0.3, ['left', 'right']),
);
/** Within the comfortable range, well short of the ends. */
const GENTLE = 0.6;

export const exercises: readonly Exercise[] = [
  {
    id: 'craniocervical-flexion',
    sequence: [NEUTRAL, nod, NEUTRAL],
    advice: 'chin-nods-double-chin',
    sources: ['JULL-2002'],
  },
  {
    id: 'scapular-retraction',
    sequence: [NEUTRAL, bladesBackAndDown, NEUTRAL],
    advice: 'shoulder-blades-down',
    sources: ['JULL-2002', 'NEUMANN-2010'],
  },
  {
    id: 'range-of-motion-turns',
    sequence: [
      NEUTRAL,
      neckMotion('rotation', GENTLE),
      NEUTRAL,
      neckMotion('rotation', -GENTLE),
      NEUTRAL,
      neckMotion('sideBend', GENTLE),
      NEUTRAL,
      neckMotion('sideBend', -GENTLE),
      NEUTRAL,
    ],
    advice: 'gentle-turning-side-bending',
    sources: ['TS-1999', 'YOUDAS-1992'],
  },
];

/** The exercise of an id, or undefined for one the model does not show. */
export const exerciseFor = (id: string): Exercise | undefined => exercises.find((e) => e.id === id);
