import { describe, expect, it } from 'vitest';
import { vertexAttributes } from '../../src/model-contract';
import { loadModel } from './load-model';

describe('materials and baked occlusion', () => {
  it("every material is a dielectric (metallicFactor 0: glTF's default 1 is chrome) with a roughness", async () => {
    const { doc } = await loadModel();
    const materials = doc.getRoot().listMaterials();
    expect(materials.map((m) => m.getName()).sort()).toEqual(['bone', 'context', 'muscle', 'skin']);
    for (const m of materials) {
      expect(m.getMetallicFactor(), m.getName()).toBe(0);
      expect(m.getRoughnessFactor(), m.getName()).toBeGreaterThanOrEqual(0.35);
      expect(m.getRoughnessFactor(), m.getName()).toBeLessThanOrEqual(0.65);
    }
  });

  it('every mesh carries its occlusion as a grey COLOR_0, open surfaces light and creases darker', async () => {
    const { doc } = await loadModel();
    const v = [0, 0, 0];
    let darkest = 1;
    for (const node of doc.getRoot().listNodes()) {
      const prim = node.getMesh()?.listPrimitives()[0];
      if (!prim) continue;
      const colour = prim.getAttribute(vertexAttributes.ambientOcclusion);
      expect(colour, node.getName()).not.toBeNull();
      let lo = 1;
      let hi = 0;
      let grey = true;
      for (let i = 0; i < colour!.getCount(); i++) {
        colour!.getElement(i, v);
        lo = Math.min(lo, v[0]!);
        hi = Math.max(hi, v[0]!);
        if (Math.abs(v[0]! - v[1]!) > 1e-6 || Math.abs(v[0]! - v[2]!) > 1e-6) grey = false;
      }
      expect(grey, node.getName()).toBe(true);
      expect(lo, node.getName()).toBeGreaterThanOrEqual(0);
      // Some of every surface faces open space; a constant would be no occlusion at all.
      expect(hi, node.getName()).toBeGreaterThan(0.6);
      expect(hi - lo, node.getName()).toBeGreaterThan(0.02);
      darkest = Math.min(darkest, lo);
    }
    // Deep creases exist somewhere (the orbits, the ear, between the vertebrae).
    expect(darkest).toBeLessThan(0.5);
  });
});
