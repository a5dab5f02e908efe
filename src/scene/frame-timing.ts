import { addAfterEffect, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { sameChoice, useViewer, type MuscleSide } from '../state';
import type { PreparedModel } from './prepare-model';

/** Timings `npm run bench` reads through the test hook (end-to-end build only). */
export interface FrameTiming {
  /** performance.now() when the first frame with the model had been drawn, or null before. */
  firstFrameAt(): number | null;
  /** Selects a muscle and resolves with the ms until a frame showing its zone had been drawn. */
  timeSelect(choice: MuscleSide): Promise<number>;
  /** Puts the pain point at `p` (point mode) and resolves once the next frame is drawn. */
  lookupAt(p: readonly [number, number, number]): Promise<void>;
  /** Draws the scene `n` times back to back; ms per frame. */
  renderTimes(n: number): number[];
}

const zoneVersion = (model: PreparedModel): number =>
  [...model.skin, ...model.bones].reduce((sum, s) => sum + s.zone.version, 0);

/**
 * gl.render only queues work; SwiftShader draws it when asked for pixels. A frame therefore
 * counts as drawn once one of its pixels has been read back, here and in the reference page.
 */
export function useFrameTiming(model: PreparedModel): FrameTiming {
  const get = useThree((s) => s.get);
  const timing = useMemo(() => {
    let first: number | null = null;
    let waiting: { drawn: () => boolean; done: () => void } | null = null;
    const pixel = new Uint8Array(4);
    const readBack = () => {
      const gl = get().gl.getContext();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    };
    const nextFrame = (drawn: () => boolean) => new Promise<void>((done) => (waiting = { drawn, done }));
    const api: FrameTiming = {
      firstFrameAt: () => first,
      async timeSelect(choice) {
        // Selecting what is already selected changes nothing and draws no frame: start from none.
        if (sameChoice(useViewer.getState().selected, choice)) {
          const cleared = zoneVersion(model);
          useViewer.getState().select(null);
          await nextFrame(() => zoneVersion(model) !== cleared);
        }
        const t0 = performance.now();
        const before = zoneVersion(model);
        useViewer.getState().select(choice);
        await nextFrame(() => zoneVersion(model) !== before);
        return performance.now() - t0;
      },
      lookupAt(p) {
        const viewer = useViewer.getState();
        if (viewer.mode !== 'point') viewer.setMode('point');
        viewer.setPainPoint([p[0], p[1], p[2]]);
        get().invalidate();
        return nextFrame(() => true);
      },
      renderTimes(n) {
        const { gl, scene, camera } = get();
        return Array.from({ length: n }, () => {
          const t0 = performance.now();
          gl.render(scene, camera);
          readBack();
          return performance.now() - t0;
        });
      },
    };
    // Runs after every drawn frame (frameloop "demand" draws none while nothing changes).
    const afterFrame = () => {
      if (first === null) {
        readBack();
        first = performance.now();
      }
      if (waiting?.drawn()) {
        readBack();
        const { done } = waiting;
        waiting = null;
        done();
      }
    };
    return { api, afterFrame };
  }, [get, model]);
  // A layout effect is registered in the commit that adds the model, before any frame draws it.
  useLayoutEffect(() => addAfterEffect(timing.afterFrame), [timing]);
  return timing.api;
}
