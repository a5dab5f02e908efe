import { useMemo } from 'react';
import { LightProbe, SphericalHarmonics3 } from 'three';
import { ROOM_LIGHT } from './room-light';

/** How much of the room's light reaches the model from all round. */
const ROOM_INTENSITY = 0.5;

const roomProbe = (): LightProbe =>
  new LightProbe(new SphericalHarmonics3().fromArray([...ROOM_LIGHT]), ROOM_INTENSITY);

/**
 * Light from all round taken from three's RoomEnvironment as a light probe (measured once, see
 * `room-light.ts`), so the layers separate and the baked occlusion reads from the first frame. A
 * prefiltered environment map (PMREM) would add glossy reflections, but building it costs a
 * software GPU many seconds during which the page answers no click; the key light from the
 * front-left above and a rim from behind give the highlights and the forms their direction.
 */
export function Lights() {
  const probe = useMemo(roomProbe, []);
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
