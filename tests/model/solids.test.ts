import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model';
import { solidProblems } from './geometry';

describe('budgets and mesh hygiene', () => {
  it('stays within 400,000 triangles and 3 MB', async () => {
    const { meshes, bytes } = await loadModel();
    let triangles = 0;
    for (const m of meshes.values()) triangles += m.indices.length / 3;
    expect(triangles).toBeLessThanOrEqual(400_000);
    expect(bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('makes every mesh a closed manifold with outward normals and no degenerate triangles', async () => {
    const { meshes } = await loadModel();
    const bad: string[] = [];
    for (const m of meshes.values()) {
      const problems = solidProblems(m);
      if (problems.length) bad.push(`${m.name}: ${problems.join('; ')}`);
    }
    expect(bad).toEqual([]);
  });
});
