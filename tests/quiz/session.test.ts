import { describe, expect, it } from 'vitest';
import { referralWeights, surfaceSamples, type Vec3 } from '../../src/mapping';
import {
  createQuiz,
  gradePaintTheZone,
  newSeed,
  PAINT_REACH_M,
  QUIZ_LENGTH,
  quizReducer,
  sessionScore,
  startSession,
  summarise,
  type Question,
  type QuizSession,
  type Response,
} from '../../src/quiz';

/** A right answer for each kind of question. */
function rightAnswer(q: Question): Response {
  if (q.kind === 'name-the-muscle') return { kind: q.kind, muscleId: q.muscleId };
  if (q.kind === 'which-muscles') return { kind: q.kind, muscleIds: q.answer };
  const samples = surfaceSamples();
  const w = referralWeights(q.muscleId, q.side, samples.flat());
  return { kind: q.kind, painted: samples.filter((_, i) => w[i * 2]! >= 0.5) as Vec3[] };
}

function wrongAnswer(q: Question): Response {
  if (q.kind === 'name-the-muscle') return { kind: q.kind, muscleId: q.options.find((id) => id !== q.muscleId)! };
  if (q.kind === 'which-muscles') return { kind: q.kind, muscleIds: [] };
  return { kind: q.kind, painted: [] };
}

const play = (s: QuizSession, answers: (q: Question, i: number) => Response): QuizSession => {
  while (s.phase !== 'done') {
    s = quizReducer(s, { type: 'answer', response: answers(s.questions[s.index]!, s.index) });
    expect(s.phase).toBe('feedback');
    s = quizReducer(s, { type: 'next' });
  }
  return s;
};

describe('quiz session', () => {
  it("starts on the first of the seed's questions", () => {
    const s = startSession(7);
    expect(s.questions).toEqual(createQuiz(7, QUIZ_LENGTH));
    expect(s).toMatchObject({ seed: 7, index: 0, answers: [], phase: 'asking' });
    expect(new Set(s.questions.map((q) => q.kind))).toEqual(
      new Set(['name-the-muscle', 'paint-the-zone', 'which-muscles']),
    );
  });

  it('grades an answer once and shows feedback before moving on', () => {
    const s0 = startSession(11);
    const q = s0.questions[0]!;
    const s1 = quizReducer(s0, { type: 'answer', response: rightAnswer(q) });
    expect(s1.phase).toBe('feedback');
    expect(s1.answers[0]!.grade.score).toBe(1);
    // A second answer while the feedback shows changes nothing.
    expect(quizReducer(s1, { type: 'answer', response: wrongAnswer(q) })).toBe(s1);
    const s2 = quizReducer(s1, { type: 'next' });
    expect(s2).toMatchObject({ index: 1, phase: 'asking' });
  });

  it('will not skip a question without an answer', () => {
    const s = startSession(3);
    expect(quizReducer(s, { type: 'next' })).toBe(s);
  });

  it('ignores an answer of the wrong kind', () => {
    const s = startSession(5);
    const q = s.questions[0]!;
    const other: Response =
      q.kind === 'which-muscles'
        ? { kind: 'name-the-muscle', muscleId: 'temporalis' }
        : { kind: 'which-muscles', muscleIds: [] };
    expect(quizReducer(s, { type: 'answer', response: other })).toBe(s);
  });

  it('scores all right as 100 % and all wrong as 0 %', () => {
    const right = play(startSession(21), rightAnswer);
    expect(right.answers).toHaveLength(QUIZ_LENGTH);
    // The drawing graded at the viewer's reach is the essential zone's samples, so close to 1.
    expect(sessionScore(right).percent).toBeGreaterThan(95);
    expect(sessionScore(play(startSession(21), wrongAnswer))).toEqual({ total: 0, outOf: QUIZ_LENGTH, percent: 0 });
  });

  it('sums the same grades src/quiz gives for the same answers', () => {
    const half = (q: Question, i: number) => (i % 2 ? wrongAnswer(q) : rightAnswer(q));
    const done = play(startSession(99), half);
    const paint = done.questions.findIndex((q) => q.kind === 'paint-the-zone');
    const r = done.answers[paint]!.response;
    if (r.kind !== 'paint-the-zone') throw new Error('kinds out of step');
    expect(done.answers[paint]!.grade).toEqual(
      gradePaintTheZone(done.questions[paint] as never, r.painted, PAINT_REACH_M),
    );
    expect(sessionScore(done)).toEqual(summarise(done.answers.map((a) => a.grade)));
  });

  it('makes short seeds a teacher can read out', () => {
    expect(newSeed(() => 0)).toBe(1);
    expect(newSeed(() => 0.999999999)).toBe(999_999);
  });
});
