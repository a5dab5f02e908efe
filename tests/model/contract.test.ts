import { describe, expect, it } from 'vitest';
import { landmarks, muscles, sides } from '../../src/mapping';
import {
  boneNames,
  boneNode,
  landmarkNode,
  MUSCLE_PREFIX,
  muscleNode,
  nodeNamePattern,
  parseMuscleNode,
  ROOT_NODE,
  SKIN_NODE,
} from '../../src/model-contract';
import { loadModel } from './load-model';

describe('node-name contract (src/model-contract)', () => {
  it('has every bone, the skin and one untransformed root', async () => {
    const { meshes, doc } = await loadModel();
    for (const b of boneNames) expect(meshes.has(boneNode(b)), b).toBe(true);
    expect(meshes.has(SKIN_NODE)).toBe(true);
    const roots = doc.getRoot().getDefaultScene()!.listChildren();
    expect(roots).toHaveLength(1);
    expect(roots[0]!.getName()).toBe(ROOT_NODE);
    expect(roots[0]!.getMatrix()).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('has every catalogue muscle on both sides and no muscle it does not know', async () => {
    const { meshes } = await loadModel();
    for (const m of muscles) for (const side of sides) expect(meshes.has(muscleNode(m.id, side)), m.id).toBe(true);
    for (const name of meshes.keys()) {
      if (name.startsWith(MUSCLE_PREFIX)) expect(parseMuscleNode(name), name).not.toBeNull();
    }
  });

  it('names every node by the contract', async () => {
    const { doc } = await loadModel();
    for (const node of doc.getRoot().listNodes()) expect(node.getName()).toMatch(nodeNamePattern);
  });

  it('places an empty at every landmark of src/mapping, and only there', async () => {
    const { empties } = await loadModel();
    expect([...empties.keys()].sort()).toEqual(Object.keys(landmarks).map(landmarkNode).sort());
    for (const [name, p] of Object.entries(landmarks)) {
      const q = empties.get(landmarkNode(name))!;
      for (let k = 0; k < 3; k++) expect(q[k]).toBeCloseTo(p[k]!, 6);
    }
  });
});
