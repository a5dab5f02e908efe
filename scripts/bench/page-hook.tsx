import { addAfterEffect, useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';

/**
 * What the bench asks its comparison pages (the reference scene, the glTF peer): the same
 * questions it asks the viewer's test hook (src/scene/frame-timing.ts).
 */
export interface BenchPageHook {
  firstFrameAt(): number | null;
  frames(): number;
  renderTimes(n: number): number[];
}

declare global {
  interface Window {
    __reference?: BenchPageHook;
  }
}

/**
 * Frames count as drawn once a pixel has been read back, as in the viewer's frame timing. Mount
 * it beside what the first frame must show: its layout effect registers in the same commit, so
 * the first frame counted is the first one that draws it (inside a Suspense boundary, the first
 * with the loaded model).
 */
export function BenchHook() {
  const get = useThree((s) => s.get);
  useLayoutEffect(() => {
    let first: number | null = null;
    let frames = 0;
    const pixel = new Uint8Array(4);
    const readBack = () => {
      const gl = get().gl.getContext();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    };
    const stop = addAfterEffect(() => {
      frames++;
      if (first === null) {
        readBack();
        first = performance.now();
      }
    });
    // A frame after the commit that mounted this, so a demand loop draws it.
    get().invalidate();
    window.__reference = {
      firstFrameAt: () => first,
      frames: () => frames,
      renderTimes: (n) =>
        Array.from({ length: n }, () => {
          const { gl, scene, camera } = get();
          const t0 = performance.now();
          gl.render(scene, camera);
          readBack();
          return performance.now() - t0;
        }),
    };
    return stop;
  }, [get]);
  return null;
}

/**
 * Key, fill and rim lights placed like the viewer's (src/scene/Lights.tsx) as the reference was
 * first measured with; both comparison pages keep them so their figures stay comparable.
 */
export function BenchLights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#4a3a34', 0.9]} />
      <directionalLight position={[0.6, 1, 1.2]} intensity={1.5} />
      <directionalLight position={[-0.8, 0.3, 0.6]} intensity={0.5} />
      <directionalLight position={[0, 0.5, -1.2]} intensity={0.6} />
    </>
  );
}
