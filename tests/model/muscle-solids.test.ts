import { beforeAll, describe, expect, it } from 'vitest';
import { muscleForms, muscleTargets } from '../../models/generator/muscle-forms';
import { sides, type MuscleId } from '../../src/mapping';
import { muscleNode } from '../../src/model-contract';
import { MeasureScene, type MuscleNode } from '../../scripts/lib/anatomy/model';
import { vertexCount, vertexNormals } from '../../scripts/lib/anatomy/mesh';
import { tendonShare } from '../../scripts/lib/anatomy/tendon';
import { bellyThickness } from '../../scripts/lib/anatomy/thickness';
import { MM3_PER_CM3, signedVolume } from '../../scripts/lib/anatomy/volume';
import { readModel } from '../../scripts/model-report/read-model';
import { MODEL_PATH } from './load-model';

/**
 * The generator's own floor under the muscle solids, measured with the anatomy measures
 * (`scripts/lib/anatomy`): every vertex carries its fibre data, tendon is a share of each muscle,
 * and no muscle falls far short of its targets. The full targets are the acceptance checks.
 */
let scene: MeasureScene;

/**
 * Muscles whose tendon is a large part of them in life: the superior oblique's runs from well
 * before the trochlea, through it and back to the eyeball, about as long as its belly.
 */
const LONG_TENDON: Partial<Record<MuscleId, readonly [number, number]>> = { 'superior-oblique': [0.25, 0.5] };
const muscles = (): MuscleNode[] => [...scene.muscles];

beforeAll(async () => {
  scene = new MeasureScene(await readModel(MODEL_PATH));
}, 120_000);

describe('muscle solids', () => {
  it('carry fibre direction (unit), fibre coordinates and tendon share on every vertex', () => {
    const bad: string[] = [];
    for (const { node, mesh } of muscles()) {
      if (!mesh.fibre || !mesh.fibreUv || !mesh.tendon) {
        bad.push(`${node}: attributes missing`);
        continue;
      }
      let off = 0;
      for (let i = 0; i < vertexCount(mesh); i++) {
        const [x, y, z] = [mesh.fibre[i * 3]!, mesh.fibre[i * 3 + 1]!, mesh.fibre[i * 3 + 2]!];
        if (Math.abs(Math.hypot(x, y, z) - 1) > 0.02) off++;
      }
      if (off > 0) bad.push(`${node}: ${off} tangents not unit`);
    }
    expect(bad).toEqual([]);
  });

  it('carry fibre directions in their surface, except on the cut ends (within 30 degrees of the normal)', () => {
    // A glTF TANGENT lies in the surface; a direction leaning out of it by the slope of a swelling
    // belly shows the viewer's striation (which reads only the surface part) askew.
    const bad: string[] = [];
    for (const { node, mesh } of muscles()) {
      if (!mesh.fibre) continue;
      const normals = vertexNormals(mesh);
      let off = 0;
      for (let i = 0; i < vertexCount(mesh); i++) {
        const f = mesh.fibre;
        const across = Math.abs([0, 1, 2].reduce((s, k) => s + f[i * 3 + k]! * normals[i * 3 + k]!, 0));
        const outDeg = (Math.asin(Math.min(1, across)) * 180) / Math.PI;
        if (outDeg > 5 && outDeg < 60) off++;
      }
      if (off > 0.02 * vertexCount(mesh)) bad.push(`${node}: ${((100 * off) / vertexCount(mesh)).toFixed(0)} %`);
    }
    expect(bad).toEqual([]);
  });

  it('have 5-25 % of their area as tendon or aponeurosis (the galea is a part of its own)', () => {
    const bad: string[] = [];
    for (const { node, id, mesh } of muscles()) {
      if (muscleForms[id].arrangement === 'ring') continue;
      const share = tendonShare(mesh) ?? -1;
      const [lo, hi] = LONG_TENDON[id] ?? [0.05, 0.25];
      if (share < lo || share > hi) bad.push(`${node} ${(share * 100).toFixed(0)} %`);
    }
    expect(bad).toEqual([]);
  });

  it('reach at least 70 % of the lower bound of their volume band and their belly thickness', () => {
    const bad: string[] = [];
    const find = (id: MuscleId, side: (typeof sides)[number]): MuscleNode =>
      muscles().find((m) => m.node === muscleNode(id, side))!;
    for (const t of muscleTargets) {
      for (const side of sides) {
        const each = t.muscles.map((id) => find(id, side));
        const vol = each.reduce((s, m) => s + signedVolume(m.mesh) / MM3_PER_CM3, 0);
        if (t.volumeCm3 && (vol < 0.7 * t.volumeCm3[0] || vol > 1.3 * t.volumeCm3[1]))
          bad.push(`${t.muscles.join('+')}:${side} ${vol.toFixed(1)} cm3 against ${t.volumeCm3.join('-')}`);
        // Only sheets have a ceiling: a strap's rim rays run across its width.
        const thickest = Math.max(
          ...each.map((m) => {
            const path = scene.path(m);
            return path ? bellyThickness(m.mesh, scene.spatial(m.mesh), path) : 0;
          }),
        );
        const sheet = t.volumeCm3 === undefined;
        if (thickest < 0.7 * t.thicknessMm[0] || (sheet && thickest > 1.3 * t.thicknessMm[1]))
          bad.push(`${t.muscles.join('+')}:${side} belly ${thickest.toFixed(1)} mm against ${t.thicknessMm.join('-')}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
