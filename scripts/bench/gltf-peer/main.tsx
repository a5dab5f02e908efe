import { OrbitControls, useGLTF } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BenchHook, BenchLights } from '../page-hook';
// The very file the viewer loads, emitted and served beside the script as the viewer's is.
import modelUrl from '../../../models/head-neck.glb?url';

/*
 * The glTF viewer a developer writes first, as drei's docs and gltfjsx's output have it: the
 * download starts when the script runs (useGLTF.preload), useGLTF's default loader decodes the
 * model's meshopt compression with the decoder bundled in three-stdlib (nothing fetched from
 * another origin; the model uses no Draco, so no Draco decoder is ever requested), and the scene
 * is drawn as the file has it.
 */
useGLTF.preload(modelUrl);

function Model() {
  const { scene } = useGLTF(modelUrl);
  return <primitive object={scene} />;
}

createRoot(document.getElementById('root')!).render(
  <Canvas frameloop="demand" flat dpr={[1, 2]} camera={{ fov: 35, near: 0.01, far: 10, position: [0, 0, 1] }}>
    <color attach="background" args={['#20262e']} />
    <BenchLights />
    <Suspense fallback={null}>
      <Model />
      {/* Inside the boundary: the first frame it counts is the first with the model. Left out of
          the plain build Lighthouse loads, as the viewer's test hook is left out of its own. */}
      {import.meta.env.MODE !== 'plain' && <BenchHook />}
    </Suspense>
    <OrbitControls makeDefault />
  </Canvas>,
);
