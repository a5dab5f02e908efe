// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as mapping from '../../src/mapping';
import { landmarks } from '../../src/mapping';
import { resetViewer, useViewer } from '../../src/state';
import { Announcer } from '../../src/ui/Announcer';
import { ResultsList } from '../../src/ui/ResultsList';

// The lookups, counted: the real functions, wrapped.
vi.mock('../../src/mapping', async (importOriginal) => {
  const real = await importOriginal<typeof mapping>();
  return {
    ...real,
    musclesReferringTo: vi.fn(real.musclesReferringTo),
    musclesForPainArea: vi.fn(real.musclesForPainArea),
    musclesForRegion: vi.fn(real.musclesForRegion),
  };
});

const calls = () =>
  vi.mocked(mapping.musclesReferringTo).mock.calls.length +
  vi.mocked(mapping.musclesForPainArea).mock.calls.length +
  vi.mocked(mapping.musclesForRegion).mock.calls.length;

beforeEach(() => {
  resetViewer();
  vi.clearAllMocks();
});
afterEach(cleanup);

/** Both places that show a lookup's answer: the results list and the screen-reader announcer. */
const bothConsumers = () => (
  <>
    <ResultsList />
    <Announcer />
  </>
);

describe('candidates are looked up once per input and shared', () => {
  it('a pain point: one lookup for the results list and the announcer together', () => {
    useViewer.getState().setMode('point');
    useViewer.getState().setPainPoint(landmarks['pterion-left']);
    render(bothConsumers());
    expect(screen.getByRole('region', { name: 'Possible source muscles' })).toBeTruthy();
    expect(document.querySelector('.announcer')!.textContent).toMatch(/possible sources? found/);
    expect(calls()).toBe(1);
    // Anything else changing (a selection, a hover) asks nothing again.
    act(() => useViewer.getState().select({ muscleId: 'temporalis', side: 'left' }));
    act(() => useViewer.getState().setHovered({ muscleId: 'masseter-superficial', side: 'left' }));
    expect(calls()).toBe(1);
    // A new point is a new question: one more lookup.
    act(() => useViewer.getState().setPainPoint(landmarks['frontotemporale-left']));
    expect(calls()).toBe(2);
  });

  it('a drawing from a link answers at once, once, and a new stroke once more after the brush pauses', async () => {
    useViewer
      .getState()
      .openLink({ mode: 'draw', strokes: [{ erase: false, dabs: [{ at: landmarks['pterion-left'], radiusMm: 15 }] }] });
    render(bothConsumers());
    expect(screen.getByRole('region', { name: 'Possible source muscles' }).textContent).toContain('Temporalis (left)');
    expect(calls()).toBe(1);
    act(() => {
      useViewer.getState().beginStroke();
      useViewer.getState().addDab({ at: landmarks['gonion-left'], radiusMm: 10 });
    });
    await vi.waitFor(() =>
      expect(screen.getByRole('region', { name: 'Possible source muscles' }).textContent).toContain('Platysma (left)'),
    );
    expect(calls()).toBe(2);
  });
});
