import { OrbitControls } from '@react-three/drei';
import { addAfterEffect, Canvas, useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

/** What the bench asks the reference page, the same questions it asks the viewer's test hook. */
interface ReferenceHook {
  firstFrameAt(): number | null;
  frames(): number;
  renderTimes(n: number): number[];
}

declare global {
  interface Window {
    __reference?: ReferenceHook;
  }
}

// 2 x 1024 x 112 = 229,376 triangles, about the viewer's model (228,986).
const TUBULAR = 1024;
const RADIAL = 112;

/** Frames count as drawn once a pixel has been read back, as in the viewer's frame timing. */
function Hook() {
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

createRoot(document.getElementById('root')!).render(
  <Canvas frameloop="demand" flat dpr={[1, 2]} camera={{ fov: 35, near: 0.01, far: 10, position: [0, 0, 1] }}>
    <color attach="background" args={['#20262e']} />
    {/* The viewer's lights (src/scene/Lights.tsx). */}
    <hemisphereLight args={['#ffffff', '#4a3a34', 0.9]} />
    <directionalLight position={[0.6, 1, 1.2]} intensity={1.5} />
    <directionalLight position={[-0.8, 0.3, 0.6]} intensity={0.5} />
    <directionalLight position={[0, 0.5, -1.2]} intensity={0.6} />
    <mesh>
      <torusKnotGeometry args={[0.1, 0.03, TUBULAR, RADIAL]} />
      <meshStandardMaterial color="#e6c3a8" roughness={0.6} />
    </mesh>
    <OrbitControls makeDefault />
    <Hook />
  </Canvas>,
);
