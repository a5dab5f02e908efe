// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMuscle, referralWeights, surfaceSamples, type Vec3 } from '../../src/mapping';
import { startSession, type PaintTheZoneQuestion } from '../../src/quiz';
import { bestViewFor, defaultLayers, resetViewer, useModelStatus, useViewer } from '../../src/state';
import { QuizMode } from '../../src/ui/quiz/QuizMode';
import { afterQuizScreen, questionScreen, revealAfterAnswer } from '../../src/ui/quiz/stage';

const SEED = 777;
const questions = startSession(SEED).questions;
const name = (id: string) => getMuscle(id)!.name;

function zoneOf(q: PaintTheZoneQuestion): Vec3[] {
  const samples = surfaceSamples();
  const w = referralWeights(q.muscleId, q.side, samples.flat());
  return samples.filter((_, i) => w[i * 2]! >= 0.5) as Vec3[];
}

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ phase: 'ready' });
});
afterEach(cleanup);

describe('what a quiz question shows in 3D', () => {
  it('highlights the muscle to name on its own, and clicks cannot select another', () => {
    const q = questions[0]!;
    if (q.kind !== 'name-the-muscle') throw new Error('seed changed');
    const screenState = questionScreen(q, defaultLayers);
    expect(screenState).toMatchObject({
      selected: { muscleId: q.muscleId, side: q.side },
      headInput: 'inert',
      view: bestViewFor(q.muscleId, q.side),
    });
    expect(screenState.layers).toMatchObject({ isolate: true, skin: 'hidden', bones: true });
  });

  it('hides the zone to paint until the answer is checked', () => {
    const q = questions[1]!;
    if (q.kind !== 'paint-the-zone') throw new Error('seed changed');
    expect(questionScreen(q, defaultLayers)).toMatchObject({
      selected: null,
      mode: 'draw',
      headInput: 'live',
      view: q.side,
    });
    expect(revealAfterAnswer(q)).toEqual({ muscleId: q.muscleId, side: q.side });
  });

  it('marks the painful place for "which muscles" without naming a muscle', () => {
    const q = questions[2]!;
    if (q.kind !== 'which-muscles') throw new Error('seed changed');
    expect(questionScreen(q, defaultLayers)).toMatchObject({
      selected: null,
      mode: 'regions',
      headInput: 'inert',
      region: { regionId: q.regionId, side: q.side },
    });
    expect(revealAfterAnswer(q)).toBeNull();
  });

  it('leaves the quiz on the start screen with the layers from before', () => {
    const layers = { ...defaultLayers, skin: 'hidden' as const };
    expect(afterQuizScreen(layers)).toMatchObject({
      selected: null,
      mode: 'explore',
      headInput: 'live',
      layers,
      region: null,
    });
  });
});

describe('the quiz panel', () => {
  it("runs the seed's quiz: answer, feedback, next, and the score at the end", () => {
    useViewer.getState().toggleLayer('bones', false);
    useViewer.getState().setQuiz(SEED);
    render(<QuizMode />);
    expect(screen.getByText(`Quiz number ${SEED}`)).toBeTruthy();

    // 1. Name the muscle: right.
    const q0 = questions[0]!;
    if (q0.kind !== 'name-the-muscle') throw new Error('seed changed');
    expect(useViewer.getState().selected).toEqual({ muscleId: q0.muscleId, side: q0.side });
    expect(screen.queryByText(name(q0.muscleId) + ' (' + q0.side + ')')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: name(q0.muscleId) }));
    expect(screen.getByText(`Correct: it is the ${name(q0.muscleId)}.`)).toBeTruthy();
    expect(screen.getByText('Score for this question: 100%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

    // 2. Paint the zone: the checked drawing is the zone itself.
    const q1 = questions[1]!;
    if (q1.kind !== 'paint-the-zone') throw new Error('seed changed');
    expect(useViewer.getState()).toMatchObject({ selected: null, mode: 'draw' });
    expect((screen.getByRole('button', { name: 'Check my drawing' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => {
      useViewer.getState().beginStroke();
      for (const at of zoneOf(q1)) useViewer.getState().addDab({ at, radiusMm: 6 });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check my drawing' }));
    expect(screen.getByText(/^Your drawing overlaps \d+% with the essential zone\.$/)).toBeTruthy();
    expect(useViewer.getState()).toMatchObject({
      selected: { muscleId: q1.muscleId, side: q1.side },
      headInput: 'inert',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

    // 3. Which muscles: nothing ticked scores 0 and every expected muscle is marked missed.
    const q2 = questions[2]!;
    if (q2.kind !== 'which-muscles') throw new Error('seed changed');
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText(`0 of ${q2.answer.length} expected muscles, 0 extra.`)).toBeTruthy();
    expect(screen.getAllByText('refers here, missed')).toHaveLength(q2.answer.length);
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

    // The rest wrong or empty, to reach the summary.
    for (let i = 3; i < questions.length; i++) {
      const q = questions[i]!;
      if (q.kind === 'name-the-muscle')
        fireEvent.click(screen.getByRole('button', { name: name(q.options.find((id) => id !== q.muscleId)!) }));
      else if (q.kind === 'which-muscles') fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
      else {
        act(() => {
          useViewer.getState().beginStroke();
          useViewer.getState().addDab({ at: [0, 0.3, 0], radiusMm: 12 });
        });
        fireEvent.click(screen.getByRole('button', { name: 'Check my drawing' }));
      }
      fireEvent.click(
        screen.getByRole('button', { name: i === questions.length - 1 ? 'See the score' : 'Next question' }),
      );
    }
    expect(screen.getByRole('heading', { name: 'Your score' })).toBeTruthy();
    expect(screen.getByText(/^\d(\.\d)? out of 6 \(\d+%\)$/)).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(questions.length + 1);

    fireEvent.click(screen.getByRole('button', { name: 'Leave the quiz' }));
    expect(useViewer.getState()).toMatchObject({
      quiz: null,
      mode: 'explore',
      headInput: 'live',
      selected: null,
      region: null,
      strokes: [],
    });
    expect(useViewer.getState().layers.bones).toBe(false);
  });

  it('starts afresh on "New quiz" with another seed', () => {
    useViewer.getState().setQuiz(SEED);
    render(<QuizMode />);
    fireEvent.click(screen.getByRole('button', { name: 'New quiz' }));
    expect(useViewer.getState().quiz).not.toBe(SEED);
    expect(screen.getByText(`Quiz number ${useViewer.getState().quiz}`)).toBeTruthy();
    expect(screen.getByText('Question 1 of 6')).toBeTruthy();
  });
});
