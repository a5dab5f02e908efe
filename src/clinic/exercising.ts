import type { SourceId } from '../mapping';
import type { ExerciseId } from './exercise-ids';
import type { Words } from './words';

/**
 * The words of the exercises the model shows (`src/movement/exercises.ts` holds their positions):
 * how to do each, how long and how often, and when to stop, for both readers. The craniocervical
 * flexion and the scapular exercise follow the low-load programme of the cervicogenic headache
 * trial [JULL-2002] (holds of about 10 s, up to 10 repetitions, done daily for six weeks in the
 * trial); the turns are the gentle range-of-motion advice of the trigger point literature [TS-1999].
 * Each exercise's sources are with its positions, in `src/movement/exercises.ts`.
 */

export interface ExerciseWords {
  /** The position and the movement. */
  readonly how: Words;
  /** How long to hold, how many times, how often. */
  readonly dose: Words;
}

export const EXERCISE_WORDS: Record<ExerciseId, ExerciseWords> = {
  'craniocervical-flexion': {
    how: {
      patient:
        'Lie on your back with the knees bent and the head level. Nod the chin slowly as if saying "yes", with ' +
        'the top of the neck only: the back of the head slides up a little, it does not lift, and the front of ' +
        'the neck stays soft.',
      clinician:
        'Supine crook lying, head in neutral. Slow upper-cervical (craniocervical) flexion, a nod about the ' +
        'upper neck, without lifting the head, retracting the chin or recruiting the sternocleidomastoid; a ' +
        'pressure biofeedback cuff under the neck can grade the stages.',
    },
    dose: {
      patient:
        'Hold each nod for up to 10 seconds, breathing normally, then relax. Up to 10 times, once or twice a ' +
        'day. Start with shorter holds if you cannot keep it gentle.',
      clinician:
        'Low load for endurance: build to 10 holds of 10 s at the stage held without substitution, daily; the ' +
        'trial prescribed it over 6 weeks.',
    },
  },
  'scapular-retraction': {
    how: {
      patient:
        'Sit tall. Draw the shoulder blades gently back and down toward each other, without shrugging or ' +
        'arching the back, then let them go.',
      clinician:
        'Sitting upright: gentle scapular retraction with depression (middle and lower trapezius), without ' +
        'shoulder elevation, thoracic extension or forward head substitution.',
    },
    dose: {
      patient: 'Hold for about 10 seconds and let go. Up to 10 times, a few times a day, and in breaks at the desk.',
      clinician: 'Sustained holds of about 10 s, up to 10 repetitions, several times a day, progressed as tolerated.',
    },
  },
  'range-of-motion-turns': {
    how: {
      patient:
        'Sit tall. Turn the head slowly to one side as far as is comfortable, back to the middle, then to the ' +
        'other side; then tip the ear toward each shoulder the same way. Never force the end.',
      clinician:
        'Active rotation and lateral flexion to each side within the pain-free range, slow and unloaded, ' +
        'returning to neutral between directions.',
    },
    dose: {
      patient: 'About 5 times each way, several times a day, above all after long spells in one position.',
      clinician: 'About 5 repetitions each direction, several times daily; no sustained end-range holds.',
    },
  },
};

/** When to stop any of the exercises: the neck's warning signs, as for a stretch. */
export const EXERCISE_STOP: Words = {
  patient:
    'Stop and tell your clinician if an exercise brings sharp pain, pins and needles or numbness, dizziness, a ' +
    'change in your sight or a sudden, severe headache.',
  clinician:
    'Stop on more than mild pain, paraesthesia or numbness, dizziness, visual disturbance or a sudden severe ' +
    'headache; the last three call for assessment of the cervical arteries before going on.',
};

export const EXERCISE_STOP_SOURCES: readonly SourceId[] = ['IFOMPT-CX2023'];
