import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { landmarks } from '../../src/mapping';
import { SurfaceQuery } from './geometry';
import { loadModel } from './load-model';

/** Landmarks are bony points: the bones are built from them, so each must sit on a bone's surface. */
describe('landmarks', () => {
  it('each lies within 4 mm of a bone surface', async () => {
    const { meshes } = await loadModel();
    const bones = [...meshes.values()].filter((m) => m.name.startsWith('bone:')).map((m) => new SurfaceQuery(m));
    const off: string[] = [];
    for (const [name, p] of Object.entries(landmarks)) {
      const d = Math.min(...bones.map((b) => b.distance(new Vector3(...p)))) * 1000;
      if (d > 4) off.push(`${name} ${d.toFixed(1)} mm`);
    }
    expect(off).toEqual([]);
  });
});
