import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { mToMm, muscles, resolveAnchor, sides } from '../../src/mapping';
import { muscleNode } from '../../src/model-contract';
import { SurfaceQuery } from './geometry';
import { loadModel } from './load-model';

/**
 * Trigger points are palpation sites written as anchors in the muscle's belly; the mesh is a
 * slab a few millimetres thick, so an anchor may sit a little off its surface but never over
 * another muscle's course. No exceptions: a far anchor or a misplaced muscle must be fixed.
 */
const LIMIT_MM = 15;

describe('trigger points', () => {
  it(`lie within ${LIMIT_MM} mm of their muscle's mesh on both sides`, async () => {
    const { meshes } = await loadModel();
    const far: string[] = [];
    for (const m of muscles) {
      for (const side of sides) {
        const q = new SurfaceQuery(meshes.get(muscleNode(m.id, side))!);
        for (const tp of m.triggerPoints) {
          const d = mToMm(q.distance(new Vector3(...resolveAnchor(tp.at, side))));
          if (d > LIMIT_MM) far.push(`${m.id}/${tp.id}:${side} ${d.toFixed(1)} mm`);
        }
      }
    }
    expect(far).toEqual([]);
  });
});
