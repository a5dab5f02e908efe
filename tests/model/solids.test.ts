import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model';
import { solidProblems } from './geometry';

describe('budgets and mesh hygiene', () => {
  it('stays within 400,000 triangles and 3,000,000 bytes (issue 10)', async () => {
    const { meshes, bytes } = await loadModel();
    let triangles = 0;
    for (const m of meshes.values()) triangles += m.indices.length / 3;
    expect(triangles).toBeLessThanOrEqual(400_000);
    expect(bytes).toBeLessThanOrEqual(3_000_000);
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

  it('gives every mesh its own index and vertex arrays', async () => {
    // A viewer may rework one mesh's arrays in place (three-mesh-bvh sorts the index to build its
    // picking tree): a shared index would then no longer fit the other mesh, which could not be picked.
    const { doc } = await loadModel();
    const owner = new Map<object, string>();
    const shared = new Set<string>();
    for (const node of doc.getRoot().listNodes()) {
      for (const prim of node.getMesh()?.listPrimitives() ?? []) {
        const accessors = [prim.getIndices(), ...prim.listAttributes()];
        for (const a of accessors) {
          if (!a) continue;
          const first = owner.get(a);
          if (first && first !== node.getName()) shared.add(`${node.getName()} with ${first}`);
          else owner.set(a, node.getName());
        }
      }
    }
    expect([...shared]).toEqual([]);
  });
});
