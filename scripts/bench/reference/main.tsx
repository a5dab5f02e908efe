import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { createRoot } from 'react-dom/client';
import { BenchHook, BenchLights } from '../page-hook';

// 2 x 1024 x 112 = 229,376 triangles, about the viewer's model (228,986).
const TUBULAR = 1024;
const RADIAL = 112;

createRoot(document.getElementById('root')!).render(
  <Canvas frameloop="demand" flat dpr={[1, 2]} camera={{ fov: 35, near: 0.01, far: 10, position: [0, 0, 1] }}>
    <color attach="background" args={['#20262e']} />
    <BenchLights />
    <mesh>
      <torusKnotGeometry args={[0.1, 0.03, TUBULAR, RADIAL]} />
      <meshStandardMaterial color="#e6c3a8" roughness={0.6} />
    </mesh>
    <OrbitControls makeDefault />
    <BenchHook />
  </Canvas>,
);
