import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { landmarks, mmToM, mToMm } from '../../src/mapping';
import { BONE_PREFIX, contextNode, contextParts, parseContextNode, SKIN_NODE } from '../../src/model-contract';
import { SurfaceQuery } from './geometry';
import { loadModel, type WorldMesh } from './load-model';

/** Extent of a mesh along x, y and z, mm. */
function size(m: WorldMesh): [number, number, number] {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < m.positions.length; i += 3)
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, m.positions[i + k]!);
      hi[k] = Math.max(hi[k]!, m.positions[i + k]!);
    }
  return [0, 1, 2].map((k) => mToMm(hi[k]! - lo[k]!)) as [number, number, number];
}

/** Highest point of a mesh within 3 mm of the midline, m (the thyroid's notch, not its horns). */
const midlineTop = (m: WorldMesh): number => {
  let y = -Infinity;
  for (let i = 0; i < m.positions.length; i += 3)
    if (Math.abs(m.positions[i]!) < mmToM(3)) y = Math.max(y, m.positions[i + 1]!);
  return y;
};

describe('context parts (larynx, trachea, strap and facial muscles, eyes)', () => {
  it('are all there, by the contract, and nothing else under context:', async () => {
    const { meshes } = await loadModel();
    const found = [...meshes.keys()].filter((n) => parseContextNode(n));
    expect(found).toEqual(contextParts.map(contextNode));
  });

  it("have life-like sizes (Gray's): thyroid cartilage about 44 mm wide, cricoid 25, trachea 20, eye 24", async () => {
    const { meshes } = await loadModel();
    const get = (n: string) => size(meshes.get(contextNode(n))!);
    expect(get('thyroid-cartilage')[0]).toBeGreaterThan(38);
    expect(get('thyroid-cartilage')[0]).toBeLessThan(50);
    expect(get('cricoid-cartilage')[0]).toBeGreaterThan(22);
    expect(get('cricoid-cartilage')[0]).toBeLessThan(30);
    expect(get('trachea')[0]).toBeGreaterThan(17);
    expect(get('trachea')[0]).toBeLessThan(23);
    for (const eye of ['eye-left', 'eye-right']) {
      expect(get(eye)[0]).toBeGreaterThan(23);
      expect(get(eye)[0]).toBeLessThan(25.5);
    }
    // The larynx hangs below the hyoid: the thyroid notch 8-16 mm below the front of the hyoid body
    // (its superior horns rise behind, toward the hyoid's greater horns).
    const gap = mToMm(landmarks.hyoid[1] - midlineTop(meshes.get(contextNode('thyroid-cartilage'))!));
    expect(gap).toBeGreaterThan(8);
    expect(gap).toBeLessThan(16);
  });

  it('carry the nasalis on the nasal cartilages, which fill the nose below its bones', async () => {
    const { meshes } = await loadModel();
    const cartilages = meshes.get(contextNode('nasal-cartilages'))!;
    // Across the alae, under their skin: the nose's base is 31-35 mm wide outside.
    expect(size(cartilages)[0]).toBeGreaterThan(20);
    expect(size(cartilages)[0]).toBeLessThan(32);
    const bed = new SurfaceQuery(cartilages);
    for (const side of ['left', 'right']) {
      const sheet = meshes.get(contextNode(`nasalis-${side}`))!;
      const count = sheet.positions.length / 3;
      let resting = 0;
      for (let i = 0; i < count; i++) {
        const p = new Vector3(sheet.positions[i * 3], sheet.positions[i * 3 + 1], sheet.positions[i * 3 + 2]);
        if (bed.distance(p) < mmToM(2)) resting++;
      }
      // Its deep face is half its vertices; without the cartilages it stood on nothing.
      expect(resting / count, side).toBeGreaterThan(0.4);
    }
  });

  it('lie inside the skin and out of the bones (sampled vertices)', async () => {
    const { meshes } = await loadModel();
    const skin = new SurfaceQuery(meshes.get(SKIN_NODE)!);
    const bones = [...meshes.values()].filter((m) => m.name.startsWith(BONE_PREFIX)).map((m) => new SurfaceQuery(m));
    const problems: string[] = [];
    for (const part of contextParts) {
      const m = meshes.get(contextNode(part))!;
      let outside = 0;
      let inBone = 0;
      for (let i = 0; i < m.positions.length / 3; i += 5) {
        const p = new Vector3(m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]);
        if (skin.depthInside(p, 0.3) === 0) outside = Math.max(outside, skin.distance(p));
        for (const b of bones) inBone = Math.max(inBone, b.depthInside(p, 0.01));
      }
      if (outside > 0) problems.push(`${part} ${mToMm(outside).toFixed(1)} mm outside the skin`);
      if (inBone > mmToM(0.5)) problems.push(`${part} ${mToMm(inBone).toFixed(1)} mm inside a bone`);
    }
    expect(problems).toEqual([]);
  });
});
