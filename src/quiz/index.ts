/** Student quizzes drawn from the catalogue and scored by the mapping module. Pure, no UI. */
export { createQuiz } from './questions';
export type { Question, NameTheMuscleQuestion, PaintTheZoneQuestion, WhichMusclesQuestion } from './questions';
export { gradeNameTheMuscle, gradePaintTheZone, gradeWhichMuscles, summarise } from './grading';
export type { Grade } from './grading';
export {
  QUIZ_LENGTH,
  PAINT_REACH_M,
  startSession,
  currentQuestion,
  gradeResponse,
  quizReducer,
  sessionScore,
} from './session';
export { newSeed } from './seed';
export type { Response, Answer, Phase, QuizSession, QuizEvent } from './session';
