import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/**
 * Image-based light from three's RoomEnvironment, a small box room built in the page and
 * prefiltered once (PMREM) when the canvas starts: soft light from every side that lets the
 * layers separate and the baked occlusion read, with nothing fetched (the page makes no
 * requests off its origin). A key light from the front-left above and a rim from behind give
 * the forms their direction.
 */
export function Lights() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    room.dispose();
    pmrem.dispose();
    scene.environment = target.texture;
    scene.environmentIntensity = 0.4;
    invalidate();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [gl, scene, invalidate]);
  return (
    <>
      <hemisphereLight args={['#ffffff', '#4a3a34', 0.4]} />
      <directionalLight position={[0.6, 1, 1.2]} intensity={1.5} />
      <directionalLight position={[-0.8, 0.3, 0.6]} intensity={0.3} />
      <directionalLight position={[0, 0.5, -1.2]} intensity={0.6} />
    </>
  );
}
