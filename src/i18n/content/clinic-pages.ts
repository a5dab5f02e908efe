import type { TFunction } from 'i18next';
import { CONFIRMATION, EXAMINATIONS, examinationFor, type Examination } from '../../clinic/examination';
import { HEADACHE_TYPES, type HeadacheType } from '../../clinic/headache-types';
import { exerciseIds, type ExerciseId } from '../../clinic/exercise-ids';
import { EXERCISE_STOP, EXERCISE_WORDS } from '../../clinic/exercising';
import { STRETCH_HOLD, STRETCH_STOP } from '../../clinic/stretching';
import type { Reader, Words } from '../../clinic/words';
import type { Messages } from '../catalogue';
import { translator } from './translate';

/**
 * The English `examination` namespace: `confirmation.<reader>`, `stretching.hold | stop.<reader>`
 * (how to hold any stretch and when to stop), `exercising.<exerciseId>.how | dose.<reader>` and
 * `exercising.stop.<reader>` (the exercises the model shows), and per entry (a muscle, or a group
 * examined as one) `<id>.find` and `<id>.stretch.<reader>`.
 */
export function examinationMessages(): Messages {
  return {
    confirmation: { ...CONFIRMATION },
    stretching: { hold: { ...STRETCH_HOLD }, stop: { ...STRETCH_STOP } },
    exercising: {
      stop: { ...EXERCISE_STOP },
      ...Object.fromEntries(
        exerciseIds.map((id) => [id, { how: { ...EXERCISE_WORDS[id].how }, dose: { ...EXERCISE_WORDS[id].dose } }]),
      ),
    },
    ...Object.fromEntries([...EXAMINATIONS.values()].map((e) => [e.id, { find: e.find, stretch: { ...e.stretch } }])),
  };
}

/** The English `headache-types` namespace: `<id>.name | feels | muscles | whom`, each `.<reader>`. */
export function headacheTypeMessages(): Messages {
  return Object.fromEntries(
    HEADACHE_TYPES.map((h) => [
      h.id,
      { name: { ...h.name }, feels: { ...h.feels }, muscles: { ...h.muscles }, whom: { ...h.whom } },
    ]),
  );
}

export interface ExaminationText extends Omit<Examination, 'stretch'> {
  readonly stretch: string;
  readonly confirmation: string;
}

/** How a muscle is found and stretched, in `t`'s language and the reader's words; none for an unknown muscle. */
export function examinationText(t: TFunction, muscleId: string, reader: Reader): ExaminationText | undefined {
  const e = examinationFor(muscleId);
  if (!e) return undefined;
  const tr = translator(t, 'examination');
  return {
    ...e,
    find: tr(`${e.id}.find`, e.find),
    stretch: tr(`${e.id}.stretch.${reader}`, e.stretch[reader]),
    confirmation: tr(`confirmation.${reader}`, CONFIRMATION[reader]),
  };
}

/** How to hold any stretch and when to stop, in `t`'s language and the reader's words. */
export function stretchingText(t: TFunction, reader: Reader): { readonly hold: string; readonly stop: string } {
  const tr = translator(t, 'examination');
  return {
    hold: tr(`stretching.hold.${reader}`, STRETCH_HOLD[reader]),
    stop: tr(`stretching.stop.${reader}`, STRETCH_STOP[reader]),
  };
}

/** How to do an exercise, how long and how often, and when to stop, in `t`'s language and the reader's words. */
export function exerciseText(
  t: TFunction,
  id: ExerciseId,
  reader: Reader,
): { readonly how: string; readonly dose: string; readonly stop: string } {
  const tr = translator(t, 'examination');
  const words = EXERCISE_WORDS[id];
  return {
    how: tr(`exercising.${id}.how.${reader}`, words.how[reader]),
    dose: tr(`exercising.${id}.dose.${reader}`, words.dose[reader]),
    stop: tr(`exercising.stop.${reader}`, EXERCISE_STOP[reader]),
  };
}

export interface HeadacheTypeText extends Omit<HeadacheType, 'name' | 'feels' | 'muscles' | 'whom'> {
  readonly name: string;
  readonly feels: string;
  readonly muscles: string;
  readonly whom: string;
}

/** Every headache type in `t`'s language and the reader's words, in reading order. */
export function headacheTypeText(t: TFunction, reader: Reader): HeadacheTypeText[] {
  const tr = translator(t, 'headache-types');
  const words = (h: HeadacheType, field: 'name' | 'feels' | 'muscles' | 'whom') =>
    tr(`${h.id}.${field}.${reader}`, (h[field] as Words)[reader]);
  return HEADACHE_TYPES.map((h) => ({
    ...h,
    name: words(h, 'name'),
    feels: words(h, 'feels'),
    muscles: words(h, 'muscles'),
    whom: words(h, 'whom'),
  }));
}
