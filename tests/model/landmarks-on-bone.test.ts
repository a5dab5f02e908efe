import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { landmarks, mToMm } from '../../src/mapping';
import { BONE_PREFIX } from '../../src/model-contract';
import { SurfaceQuery } from './geometry';
import { loadModel } from './load-model';

/** Landmarks are bony points: the bones are built from them, so each must sit on a bone's surface. */
describe('landmarks', () => {
  it('each lies within 4 mm of a bone surface', async () => {
    const { meshes } = await loadModel();
    const bones = [...meshes.values()].filter((m) => m.name.startsWith(BONE_PREFIX)).map((m) => new SurfaceQuery(m));
    const off: string[] = [];
    for (const [name, p] of Object.entries(landmarks)) {
      const d = mToMm(Math.min(...bones.map((b) => b.distance(new Vector3(...p)))));
      if (d > 4) off.push(`${name} ${d.toFixed(1)} mm`);
    }
    expect(off).toEqual([]);
  });
});
