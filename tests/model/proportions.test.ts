import { describe, expect, it } from 'vitest';
import { landmarks, mToMm } from '../../src/mapping';
import { boneNode } from '../../src/model-contract';
import { loadModel, type WorldMesh } from './load-model';

/** Extent (mm) along one axis of the vertices that pass a filter. */
function extent(m: WorldMesh, axis: 0 | 1 | 2, keep: (x: number, y: number, z: number) => boolean): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < m.positions.length; i += 3) {
    const [x, y, z] = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!];
    if (!keep(x, y, z)) continue;
    lo = Math.min(lo, m.positions[i + axis]!);
    hi = Math.max(hi, m.positions[i + axis]!);
  }
  return mToMm(hi - lo);
}

/** Perimeter (mm) of the section of a closed mesh by the horizontal plane y = h. */
function girth(m: WorldMesh, h: number): number {
  let total = 0;
  const p = m.positions;
  for (let k = 0; k < m.indices.length; k += 3) {
    const pts: [number, number][] = [];
    for (let e = 0; e < 3; e++) {
      const a = m.indices[k + e]! * 3;
      const b = m.indices[k + ((e + 1) % 3)]! * 3;
      const ya = p[a + 1]! - h;
      const yb = p[b + 1]! - h;
      if (ya < 0 === yb < 0) continue;
      const t = ya / (ya - yb);
      pts.push([p[a]! + (p[b]! - p[a]!) * t, p[a + 2]! + (p[b + 2]! - p[a + 2]!) * t]);
    }
    if (pts.length === 2) total += Math.hypot(pts[0]![0] - pts[1]![0], pts[0]![1] - pts[1]![1]);
  }
  return mToMm(total);
}

const mm = mToMm;

async function measures(): Promise<[string, number, number][]> {
  const { meshes } = await loadModel();
  const skull = meshes.get(boneNode('skull'))!;
  const mandible = meshes.get(boneNode('mandible'))!;
  const skin = meshes.get('skin')!;
  const top = (m: WorldMesh, keep: (x: number, z: number) => boolean): number => {
    let best = -Infinity;
    for (let i = 0; i < m.positions.length; i += 3)
      if (keep(m.positions[i]!, m.positions[i + 2]!)) best = Math.max(best, m.positions[i + 1]!);
    return best;
  };
  const bottom = (m: WorldMesh): number => {
    let best = Infinity;
    for (let i = 1; i < m.positions.length; i += 3) best = Math.min(best, m.positions[i]!);
    return best;
  };
  const bregmaY = top(skull, (x, z) => Math.abs(x) < 0.004 && Math.abs(z - landmarks.bregma[2]) < 0.004);
  const ba = landmarks.basion;
  return [
    // Reference section C2 (dry skull, adult male means).
    ['cranial length g-op', extent(skull, 2, (_x, y) => y > 0.03), 188],
    ['cranial breadth eu-eu', extent(skull, 0, (_x, y) => y > 0.02), 140],
    ['basion-bregma height', Math.hypot(mm(bregmaY - ba[1]), mm(landmarks.bregma[2] - ba[2])), 135],
    ['bizygomatic breadth', extent(skull, 0, (_x, y, z) => y > -0.02 && y < 0.01 && z > 0.01), 132],
    ['bigonial breadth', extent(mandible, 0, (_x, y) => y < -0.05), 98],
    ['nasion-menton height', mm(landmarks.nasion[1] - bottom(mandible)), 121],
    // Reference section C1 (ANSUR II living heads, men).
    ['skin head length', extent(skin, 2, (_x, y) => y > 0.035), 199.5],
    ['skin head breadth', extent(skin, 0, (_x, y) => y > 0.045), 154.3],
    ['skin head circumference', girth(skin, 0.045), 574.4],
    ['vertex to C7, vertical', mm(top(skin, () => true) - landmarks.cervicale[1]), 238.9],
  ];
}

describe('proportions of an average adult (within 5 %)', async () => {
  const rows = await measures();
  it.each(rows)('%s: %f mm against %f', (_label, measured, target) => {
    expect(Math.abs(measured - target) / target).toBeLessThanOrEqual(0.05);
  });
});
