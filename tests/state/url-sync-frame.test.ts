// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameParams } from '../../src/embed/frame-options';
import { LANGUAGE_PARAM } from '../../src/i18n';
import { resetViewer, startUrlSync, useViewer } from '../../src/state';

/** What src/main.tsx keeps: the embed's switches and the link's language. */
const kept = [...Object.values(frameParams), LANGUAGE_PARAM];

describe('URL sync inside a clinic page', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    resetViewer();
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('keeps the frame parameters in the address while the shown state changes', async () => {
    window.history.replaceState(
      null,
      '',
      '/?embed=1&panels=hidden&parentOrigin=https%3A%2F%2Fclinic.example&m=temporalis&s=left',
    );
    stop = startUrlSync(window, kept);
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'right' });
    await vi.advanceTimersByTimeAsync(300);
    const q = new URLSearchParams(window.location.search);
    expect(q.get('m')).toBe('upper-trapezius');
    expect(q.get('s')).toBe('right');
    expect(q.get('embed')).toBe('1');
    expect(q.get('panels')).toBe('hidden');
    expect(q.get('parentOrigin')).toBe('https://clinic.example');
  });

  it('keeps the language a link asked for, so a copy of the address opens in it too', async () => {
    window.history.replaceState(null, '', '/?lang=es&m=temporalis&s=left');
    stop = startUrlSync(window, kept);
    useViewer.getState().select({ muscleId: 'masseter-deep', side: 'left' });
    await vi.advanceTimersByTimeAsync(300);
    const q = new URLSearchParams(window.location.search);
    expect(q.get('m')).toBe('masseter-deep');
    expect(q.get('lang')).toBe('es');
  });

  it('writes a tour step into the address', async () => {
    window.history.replaceState(null, '', '/?tour=neck-pain-and-headaches&step=2&embed=1');
    stop = startUrlSync(window, kept);
    expect(useViewer.getState().tour).toEqual({ tourId: 'neck-pain-and-headaches', step: 1 });
    expect(useViewer.getState().selected?.muscleId).toBe('sternocleidomastoid-sternal');
    useViewer.getState().showTourStep(2);
    await vi.advanceTimersByTimeAsync(300);
    const q = new URLSearchParams(window.location.search);
    expect(q.get('step')).toBe('3');
    expect(q.get('embed')).toBe('1');
  });
});
