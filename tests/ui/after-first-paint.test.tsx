// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from '../../src/ui/useAfterFirstPaint';

function Probe() {
  return <p>{useAfterFirstPaint() ? 'painted' : 'waiting'}</p>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAfterFirstPaint', () => {
  it('turns true only after an animation frame and the task after it, so the page is painted first', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    render(<Probe />);
    expect(screen.getByText('waiting')).toBeTruthy();
    // The frame's callbacks run (the paint follows them), but the flag waits for the next task.
    act(() => void vi.advanceTimersToNextFrame());
    expect(screen.getByText('waiting')).toBeTruthy();
    act(() => void vi.runOnlyPendingTimers());
    expect(screen.getByText('painted')).toBeTruthy();
  });

  it('leaves nothing pending when the page goes before its first paint', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { unmount } = render(<Probe />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
