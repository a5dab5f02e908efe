import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { muscles, resolveAnchor } from '../../src/mapping';
import { SurfaceQuery } from './geometry';
import { loadModel } from './load-model';

/**
 * Trigger points are palpation sites written as anchors, often at skin depth, while the muscle
 * lies a little deeper: so the check is loose. Listed exceptions are anchors placed away from
 * the muscle's course (see models/README.md), kept visible rather than hidden by a looser limit.
 */
const LIMIT_MM = 25;
const UNDER_REVIEW = new Set(['splenius-cervicis/upper', 'semispinalis-cervicis-multifidi/c4-c5']);

describe('trigger points', () => {
  it(`lie within ${LIMIT_MM} mm of their muscle's mesh on both sides`, async () => {
    const { meshes } = await loadModel();
    const far: string[] = [];
    for (const m of muscles) {
      for (const side of ['left', 'right'] as const) {
        const q = new SurfaceQuery(meshes.get(`muscle:${m.id}:${side}`)!);
        for (const tp of m.triggerPoints) {
          if (UNDER_REVIEW.has(`${m.id}/${tp.id}`)) continue;
          const d = q.distance(new Vector3(...resolveAnchor(tp.at, side))) * 1000;
          if (d > LIMIT_MM) far.push(`${m.id}/${tp.id}:${side} ${d.toFixed(1)} mm`);
        }
      }
    }
    expect(far).toEqual([]);
  });
});
