import type { Vec3 } from '../mapping';
import { gradeNameTheMuscle, gradePaintTheZone, gradeWhichMuscles, summarise, type Grade } from './grading';
import { createQuiz, type Question } from './questions';

/** Questions per quiz: two of each kind, short enough for the end of a lesson. */
export const QUIZ_LENGTH = 6;

/**
 * How far a painted point reaches when the drawing is graded. The viewer gives the surface
 * samples the strokes cover (src/mapping `paintedSamples`), about 6 mm apart like the grading
 * samples, so each painted point stands for the skin within 5 mm of it.
 */
export const PAINT_REACH_M = 0.005;

/** What a student gave for one question, in the question's own terms. */
export type Response =
  | { readonly kind: 'name-the-muscle'; readonly muscleId: string }
  | { readonly kind: 'paint-the-zone'; readonly painted: readonly Vec3[] }
  | { readonly kind: 'which-muscles'; readonly muscleIds: readonly string[] };

export interface Answer {
  readonly response: Response;
  readonly grade: Grade;
}

/** asking: waiting for an answer; feedback: the answer is graded and shown; done: the summary. */
export type Phase = 'asking' | 'feedback' | 'done';

export interface QuizSession {
  readonly seed: number;
  readonly questions: readonly Question[];
  readonly index: number;
  readonly answers: readonly Answer[];
  readonly phase: Phase;
}

export type QuizEvent = { readonly type: 'answer'; readonly response: Response } | { readonly type: 'next' };

export function startSession(seed: number, count = QUIZ_LENGTH): QuizSession {
  return { seed, questions: createQuiz(seed, count), index: 0, answers: [], phase: 'asking' };
}

export function currentQuestion(s: QuizSession): Question | undefined {
  return s.questions[s.index];
}

/** Grades a response against its question; the kinds must match. */
export function gradeResponse(q: Question, r: Response): Grade | null {
  if (q.kind === 'name-the-muscle' && r.kind === q.kind) return gradeNameTheMuscle(q, r.muscleId);
  if (q.kind === 'paint-the-zone' && r.kind === q.kind) return gradePaintTheZone(q, r.painted, PAINT_REACH_M);
  if (q.kind === 'which-muscles' && r.kind === q.kind) return gradeWhichMuscles(q, r.muscleIds);
  return null;
}

/**
 * The quiz's only transitions: one answer per question (a second click cannot change a grade
 * already shown), then on to the next question or the summary. Anything else leaves it as it is.
 */
export function quizReducer(s: QuizSession, e: QuizEvent): QuizSession {
  const q = currentQuestion(s);
  if (e.type === 'answer') {
    if (s.phase !== 'asking' || !q) return s;
    const grade = gradeResponse(q, e.response);
    if (!grade) return s;
    return { ...s, answers: [...s.answers, { response: e.response, grade }], phase: 'feedback' };
  }
  if (s.phase !== 'feedback') return s;
  const index = s.index + 1;
  return { ...s, index, phase: index < s.questions.length ? 'asking' : 'done' };
}

export function sessionScore(s: QuizSession): ReturnType<typeof summarise> {
  return summarise(s.answers.map((a) => a.grade));
}
