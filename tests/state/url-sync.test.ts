// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mmToM } from '../../src/mapping';
import { encodeState, resetViewer, startUrlSync, useViewer, type ViewerState } from '../../src/state';

/** The address a state is written as, on a page without frame parameters. */
const withoutFrame = (s: ViewerState): string => encodeState(s);

describe('URL sync', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    resetViewer();
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('reads a shared link at start, with notices for what it ignored', () => {
    window.history.replaceState(null, '', '/?m=temporalis&s=right&v=sideways');
    stop = startUrlSync(window);
    expect(useViewer.getState().selected).toEqual({ muscleId: 'temporalis', side: 'right' });
    expect(useViewer.getState().notices).toHaveLength(1);
    expect(window.location.search).toBe('?m=temporalis&s=right');
  });

  it('writes the changes of one task to the address bar once, before the next task', async () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync(window);
    const spy = vi.spyOn(window.history, 'replaceState');
    const s = useViewer.getState();
    s.showView('left');
    s.select({ muscleId: 'upper-trapezius', side: 'left' });
    s.toggleLayer('bones', false);
    expect(spy).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?m=upper-trapezius&s=left&off=bones&v=left');
  });

  it('leaving a quiz reaches the address before any timer fires, even right after a new quiz', async () => {
    // No timer runs here: a write left to one would keep ?quiz= in the address of a page
    // whose main thread is busy drawing the head the student returns to.
    window.history.replaceState(null, '', '/?quiz=482913');
    stop = startUrlSync(window);
    const s = useViewer.getState();
    const layersBefore = s.layers;
    s.setQuiz(778608);
    await Promise.resolve();
    expect(window.location.search).toBe('?quiz=778608');
    s.showQuizScreen({
      selected: null,
      mode: 'explore',
      headInput: 'inert',
      region: null,
      layers: { ...s.layers, isolate: true },
    });
    await Promise.resolve();
    s.leaveQuiz({
      selected: null,
      mode: 'explore',
      headInput: 'live',
      region: null,
      layers: layersBefore,
      view: 'front',
    });
    await Promise.resolve();
    expect(window.location.search).toBe('');
  });

  it('a long stroke falls back to four address updates a second', async () => {
    window.history.replaceState(null, '', '/?mode=draw');
    stop = startUrlSync(window);
    const spy = vi.spyOn(window.history, 'replaceState');
    const s = useViewer.getState();
    s.beginStroke();
    // Two seconds of painting, a dab every 20 ms.
    for (let i = 0; i < 100; i++) {
      s.addDab({ at: [0.05, 0.03 + i / 2000, 0.03], radiusMm: 12 });
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(spy.mock.calls.length).toBeGreaterThan(8);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(8 + 2000 / 250 + 1);
    await vi.advanceTimersByTimeAsync(300);
    expect(new URLSearchParams(window.location.search).get('d')).toBeTruthy();
    expect(window.location.search).toBe(withoutFrame(useViewer.getState()));
  });

  it('survives a browser that refuses history updates', async () => {
    stop = startUrlSync(window);
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    useViewer.getState().showView('back');
    await expect(vi.advanceTimersByTimeAsync(300)).resolves.not.toThrow();
  });
});

describe('URL sync across a reload', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    resetViewer();
    sessionStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
    vi.useRealTimers();
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  /** A brush stroke of `n` dabs, as the scene reports it. */
  const paint = (n: number) => {
    const s = useViewer.getState();
    s.beginStroke();
    for (let i = 0; i < n; i++) s.addDab({ at: [0.05, 0.03 + mmToM(i), 0.03], radiusMm: 12 });
  };

  it('keeps the stroke a reload cut off before the address bar caught up', async () => {
    window.history.replaceState(null, '', '/?mode=draw');
    stop = startUrlSync(window);
    paint(3);
    await Promise.resolve();
    // A long stroke, a dab a task: the address falls behind once the burst allowance is spent.
    const s = useViewer.getState();
    s.beginStroke();
    for (let i = 0; i < 30; i++) {
      s.addDab({ at: [0.06, 0.03 + i / 1000, 0.03], radiusMm: 12 });
      await Promise.resolve();
    }
    const before = useViewer.getState().strokes;
    // The page goes away before the delayed address write.
    stop();
    expect(window.location.search).not.toBe(withoutFrame(useViewer.getState()));
    resetViewer();
    stop = startUrlSync(window);
    expect(useViewer.getState().strokes).toEqual(before);
    expect(useViewer.getState().notices).toEqual([]);
  });

  it('shows another link opened in the same tab as it is', () => {
    window.history.replaceState(null, '', '/?mode=draw');
    stop = startUrlSync(window);
    paint(3);
    stop();
    resetViewer();
    window.history.replaceState(null, '', '/?m=temporalis&s=left');
    stop = startUrlSync(window);
    expect(useViewer.getState().strokes).toEqual([]);
    expect(useViewer.getState().selected).toEqual({ muscleId: 'temporalis', side: 'left' });
  });

  it('lets the link decide when the stored copy is garbage', () => {
    window.history.replaceState(null, '', '/?v=left');
    for (const junk of [
      '{"address":"?v=left","state":"?m=<script>&d=zz"}',
      '{"address":',
      'null',
      '[1,2]',
      '\u0000'.repeat(50),
    ]) {
      sessionStorage.setItem('viewer-unsaved', junk);
      resetViewer();
      stop = startUrlSync(window);
      expect(useViewer.getState().view).toBe('left');
      expect(useViewer.getState().notices).toEqual([]);
      stop();
    }
  });

  it('carries on when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    stop = startUrlSync(window);
    paint(2);
    await expect(vi.advanceTimersByTimeAsync(300)).resolves.not.toThrow();
    expect(new URLSearchParams(window.location.search).has('d')).toBe(true);
  });
});
