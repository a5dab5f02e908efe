import { describe, expect, it } from 'vitest';
import { landmarks, muscles } from '../../src/mapping';
import { attachments } from '../../src/mapping/attachments';
import { loadModel } from './load-model';

const BONES = [
  'skull', 'mandible', 'c1-atlas', 'c2-axis', 'c3', 'c4', 'c5', 'c6', 'c7', 't1', 't2', 't3',
  'hyoid', 'manubrium', 'clavicle-left', 'clavicle-right', 'scapula-left', 'scapula-right',
  'first-rib-left', 'first-rib-right',
];

describe('node-name contract (models/README.md)', () => {
  it('has every bone, the skin and one untransformed root', async () => {
    const { meshes, doc } = await loadModel();
    for (const b of BONES) expect(meshes.has(`bone:${b}`), b).toBe(true);
    expect(meshes.has('skin')).toBe(true);
    const roots = doc.getRoot().getDefaultScene()!.listChildren();
    expect(roots).toHaveLength(1);
    expect(roots[0]!.getMatrix()).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('has every catalogue muscle on both sides and no muscle it does not know', async () => {
    const { meshes } = await loadModel();
    const known = new Set([...muscles.map((m) => m.id), ...Object.keys(attachments)]);
    for (const m of muscles) {
      expect(meshes.has(`muscle:${m.id}:left`), m.id).toBe(true);
      expect(meshes.has(`muscle:${m.id}:right`), m.id).toBe(true);
    }
    for (const name of meshes.keys()) {
      if (!name.startsWith('muscle:')) continue;
      const [, id, side] = name.split(':');
      expect(known.has(id!), name).toBe(true);
      expect(['left', 'right']).toContain(side);
    }
  });

  it('names every node by the contract', async () => {
    const { doc } = await loadModel();
    for (const node of doc.getRoot().listNodes()) {
      expect(node.getName()).toMatch(/^(head-neck|skin|bone:[a-z0-9-]+|muscle:[a-z-]+:(left|right)|landmark:[a-z0-9-]+)$/);
    }
  });

  it('places an empty at every landmark of src/mapping, and only there', async () => {
    const { empties } = await loadModel();
    expect([...empties.keys()].sort()).toEqual(Object.keys(landmarks).map((n) => `landmark:${n}`).sort());
    for (const [name, p] of Object.entries(landmarks)) {
      const q = empties.get(`landmark:${name}`)!;
      for (let k = 0; k < 3; k++) expect(q[k]).toBeCloseTo(p[k]!, 6);
    }
  });
});
