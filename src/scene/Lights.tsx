import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CubeCamera, HalfFloatType, LightProbe, WebGLCubeRenderTarget } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { LightProbeGenerator } from 'three/examples/jsm/lights/LightProbeGenerator.js';

/** Whether the room is still being measured: a frame follows when it is; read by the test hook. */
export const roomLight = { measuring: false };

/** How much of the room's light reaches the model from all round. */
const ROOM_INTENSITY = 0.5;

/**
 * Light from all round taken from three's RoomEnvironment, a small box room built in the page
 * (nothing is fetched): the room is drawn once into a tiny cube and reduced to spherical
 * harmonics, a light probe, so the layers separate and the baked occlusion reads. A prefiltered
 * environment map (PMREM) would add glossy reflections, but building it costs a software GPU
 * many seconds during which the page answers no click; the key light from the front-left above
 * and a rim from behind give the highlights and the forms their direction.
 */
export function Lights() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  // Present from the first frame, dark until the room is measured: adding a probe later would
  // recompile every material.
  const probe = useMemo(() => new LightProbe(undefined, ROOM_INTENSITY), []);
  useEffect(() => {
    let live = true;
    roomLight.measuring = true;
    const room = new RoomEnvironment();
    const cube = new WebGLCubeRenderTarget(16, { type: HalfFloatType });
    new CubeCamera(0.1, 100, cube).update(gl, room);
    void LightProbeGenerator.fromCubeRenderTarget(gl, cube)
      .then((measured) => {
        if (!live) return;
        probe.sh.copy(measured.sh);
        invalidate();
      })
      .finally(() => {
        roomLight.measuring = false;
        room.dispose();
        cube.dispose();
      });
    return () => {
      live = false;
    };
  }, [gl, probe, invalidate]);
  return (
    <>
      <primitive object={probe} />
      <hemisphereLight args={['#ffffff', '#4a3a34', 0.4]} />
      <directionalLight position={[0.6, 1, 1.2]} intensity={1.5} />
      <directionalLight position={[-0.8, 0.3, 0.6]} intensity={0.3} />
      <directionalLight position={[0, 0.5, -1.2]} intensity={0.6} />
    </>
  );
}
