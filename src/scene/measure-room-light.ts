import { CubeCamera, HalfFloatType, WebGLCubeRenderTarget, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { LightProbeGenerator } from 'three/examples/jsm/lights/LightProbeGenerator.js';

/**
 * Measures the light from all round in three's RoomEnvironment: the room drawn once into a
 * 16-pixel cube and reduced to the nine spherical-harmonic colours of a light probe, flattened
 * as r, g, b per coefficient. The viewer ships the result (`room-light.ts`) instead of measuring
 * in every page: on a software GPU the cube and its read-back cost about a second and a second
 * full frame. The browser tests compare the shipped numbers with this measurement.
 */
export async function measureRoomLight(gl: WebGLRenderer): Promise<number[]> {
  const room = new RoomEnvironment();
  const cube = new WebGLCubeRenderTarget(16, { type: HalfFloatType });
  try {
    new CubeCamera(0.1, 100, cube).update(gl, room);
    const probe = await LightProbeGenerator.fromCubeRenderTarget(gl, cube);
    return probe.sh.toArray();
  } finally {
    room.dispose();
    cube.dispose();
  }
}
