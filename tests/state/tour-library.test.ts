// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * The tours come in a chunk of their own. Every other file has them loaded before it starts
 * (tests/support/tours-loaded.ts); here each test imports the store afresh, without them, as a
 * page that has not asked for them yet.
 */
async function freshViewer() {
  vi.resetModules();
  const state = await import('../../src/state');
  const library = await import('../../src/state/tour-library');
  return { ...state, ...library };
}

describe('tours fetched when first needed', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    sessionStorage.clear();
  });

  it('starts a tour asked for before the tours are in once they come', async () => {
    const { useViewer, toursLoaded } = await freshViewer();
    expect(toursLoaded()).toBe(false);
    useViewer.getState().startTour('jaw-and-face-pain', 1);
    expect(useViewer.getState().tour).toBeNull();
    await vi.waitFor(() => expect(useViewer.getState().tour).toEqual({ tourId: 'jaw-and-face-pain', step: 1 }));
  });

  it('still changes nothing for an unknown tour once they are in', async () => {
    const { useViewer, loadTours } = await freshViewer();
    useViewer.getState().startTour('no-such-tour');
    await loadTours();
    await Promise.resolve();
    expect(useViewer.getState().tour).toBeNull();
  });

  it('has a link naming a tour wait for the tours, so it opens at its step', async () => {
    window.history.replaceState(null, '', '/?tour=neck-pain-and-headaches&step=2');
    const { linkReady, startUrlSync, toursLoaded, useViewer } = await freshViewer();
    await linkReady(window);
    expect(toursLoaded()).toBe(true);
    const stop = startUrlSync(window);
    expect(useViewer.getState().tour).toEqual({ tourId: 'neck-pain-and-headaches', step: 1 });
    expect(useViewer.getState().notices).toEqual([]);
    stop();
  });

  it('fetches no tours for a link without one', async () => {
    window.history.replaceState(null, '', '/?m=temporalis&s=left');
    const { linkReady, toursLoaded } = await freshViewer();
    await linkReady(window);
    expect(toursLoaded()).toBe(false);
  });
});
