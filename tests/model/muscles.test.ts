import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../../src/mapping';
import { attachments } from '../../src/mapping/attachments';
import type { Side } from '../../src/mapping';
import { SurfaceQuery } from './geometry';
import { loadModel } from './load-model';

const SIDES: readonly Side[] = ['left', 'right'];

describe('muscles', () => {
  it('reach within 5 mm of every origin and insertion anchor', async () => {
    const { meshes } = await loadModel();
    const far: string[] = [];
    for (const [id, att] of Object.entries(attachments)) {
      for (const side of SIDES) {
        const q = new SurfaceQuery(meshes.get(`muscle:${id}:${side}`)!);
        for (const [end, anchors] of [['origin', att.origin], ['insertion', att.insertion]] as const) {
          for (const an of anchors) {
            const d = q.distance(new Vector3(...resolveAnchor(an, side))) * 1000;
            if (d > 5) far.push(`${id}:${side} ${end} ${an.landmark} ${d.toFixed(1)} mm`);
          }
        }
      }
    }
    expect(far).toEqual([]);
  });

  it('lie on the bones, no sampled vertex more than 2 mm inside one', async () => {
    const { meshes } = await loadModel();
    const bones = [...meshes.values()].filter((m) => m.name.startsWith('bone:')).map((m) => new SurfaceQuery(m));
    const deep: string[] = [];
    for (const m of meshes.values()) {
      if (!m.name.startsWith('muscle:')) continue;
      let worst = 0;
      for (let i = 0; i < m.positions.length / 3; i += 3) {
        const p = new Vector3(m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]);
        for (const b of bones) worst = Math.max(worst, b.depthInside(p, 0.01));
      }
      if (worst > 0.002) deep.push(`${m.name} ${(worst * 1000).toFixed(1)} mm`);
    }
    expect(deep).toEqual([]);
  });

  it('stay under the skin, no sampled vertex more than 4 mm outside it', async () => {
    const { meshes } = await loadModel();
    const skin = new SurfaceQuery(meshes.get('skin')!);
    const out: string[] = [];
    for (const m of meshes.values()) {
      if (!m.name.startsWith('muscle:')) continue;
      let worst = 0;
      for (let i = 0; i < m.positions.length / 3; i += 3) {
        const p = new Vector3(m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]);
        if (skin.depthInside(p, 0.3) === 0) worst = Math.max(worst, skin.distance(p));
      }
      if (worst > 0.004) out.push(`${m.name} ${(worst * 1000).toFixed(1)} mm`);
    }
    expect(out).toEqual([]);
  });
});
