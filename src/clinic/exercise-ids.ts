/**
 * The exercises the model shows, by id: their words are in `exercising.ts`, their positions in
 * `src/movement/exercises.ts`. A file of its own so that a link's check of an id (in
 * `src/state`) does not bring the words with the page before the first frame.
 */
export const exerciseIds = ['craniocervical-flexion', 'scapular-retraction', 'range-of-motion-turns'] as const;
export type ExerciseId = (typeof exerciseIds)[number];
