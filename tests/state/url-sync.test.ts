// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mmToM } from '../../src/mapping';
import { resetViewer, startUrlSync, useViewer } from '../../src/state';

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

  it('writes changes to the address bar a moment later, once per burst', () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync(window);
    const spy = vi.spyOn(window.history, 'replaceState');
    const s = useViewer.getState();
    s.showView('left');
    s.select({ muscleId: 'upper-trapezius', side: 'left' });
    s.toggleLayer('bones', false);
    expect(spy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?m=upper-trapezius&s=left&off=bones&v=left');
  });

  it('survives a browser that refuses history updates', () => {
    stop = startUrlSync(window);
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    useViewer.getState().showView('back');
    expect(() => vi.advanceTimersByTime(300)).not.toThrow();
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

  it('keeps the stroke a reload cut off before the address bar caught up', () => {
    window.history.replaceState(null, '', '/?mode=draw');
    stop = startUrlSync(window);
    paint(3);
    vi.advanceTimersByTime(300);
    paint(2);
    const before = useViewer.getState().strokes;
    // The page goes away before the delayed address write.
    stop();
    expect(new URLSearchParams(window.location.search).get('d')?.split(';')).toHaveLength(1);
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
    for (const junk of ['{"address":"?v=left","state":"?m=<script>&d=zz"}', '{"address":', 'null', '[1,2]', '\u0000'.repeat(50)]) {
      sessionStorage.setItem('viewer-unsaved', junk);
      resetViewer();
      stop = startUrlSync(window);
      expect(useViewer.getState().view).toBe('left');
      expect(useViewer.getState().notices).toEqual([]);
      stop();
    }
  });

  it('carries on when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    stop = startUrlSync(window);
    paint(2);
    expect(() => vi.advanceTimersByTime(300)).not.toThrow();
    expect(new URLSearchParams(window.location.search).has('d')).toBe(true);
  });
});
