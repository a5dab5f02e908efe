// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
