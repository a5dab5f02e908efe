import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { mmToM, mToMm, resolveAnchor, sides, type MuscleId } from '../../src/mapping';
import { attachments, type MuscleAttachment } from '../../src/mapping/attachments';
import { BONE_PREFIX, muscleNode, parseMuscleNode, SKIN_NODE } from '../../src/model-contract';
import { SurfaceQuery } from './geometry';
import { loadModel } from './load-model';

describe('muscles', () => {
  it('reach within 5 mm of every origin and insertion anchor', async () => {
    const { meshes } = await loadModel();
    const far: string[] = [];
    for (const [id, att] of Object.entries(attachments) as [MuscleId, MuscleAttachment][]) {
      for (const side of sides) {
        const q = new SurfaceQuery(meshes.get(muscleNode(id, side))!);
        for (const [end, anchors] of [
          ['origin', att.origin],
          ['insertion', att.insertion],
        ] as const) {
          for (const an of anchors) {
            const d = mToMm(q.distance(new Vector3(...resolveAnchor(an, side))));
            if (d > 5) far.push(`${id}:${side} ${end} ${an.landmark} ${d.toFixed(1)} mm`);
          }
        }
      }
    }
    expect(far).toEqual([]);
  });

  it('lie on the bones, no sampled vertex more than 2 mm inside one', async () => {
    const { meshes } = await loadModel();
    const bones = [...meshes.values()].filter((m) => m.name.startsWith(BONE_PREFIX)).map((m) => new SurfaceQuery(m));
    const deep: string[] = [];
    for (const m of meshes.values()) {
      if (!parseMuscleNode(m.name)) continue;
      let worst = 0;
      for (let i = 0; i < m.positions.length / 3; i += 3) {
        const p = new Vector3(m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]);
        for (const b of bones) worst = Math.max(worst, b.depthInside(p, 0.01));
      }
      if (worst > mmToM(2)) deep.push(`${m.name} ${mToMm(worst).toFixed(1)} mm`);
    }
    expect(deep).toEqual([]);
  });

  it('stay under the skin, no sampled vertex more than 4 mm outside it', async () => {
    const { meshes } = await loadModel();
    const skin = new SurfaceQuery(meshes.get(SKIN_NODE)!);
    const out: string[] = [];
    for (const m of meshes.values()) {
      if (!parseMuscleNode(m.name)) continue;
      let worst = 0;
      for (let i = 0; i < m.positions.length / 3; i += 3) {
        const p = new Vector3(m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]);
        if (skin.depthInside(p, 0.3) === 0) worst = Math.max(worst, skin.distance(p));
      }
      if (worst > mmToM(4)) out.push(`${m.name} ${mToMm(worst).toFixed(1)} mm`);
    }
    expect(out).toEqual([]);
  });
});
