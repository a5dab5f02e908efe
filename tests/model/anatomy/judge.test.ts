import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { attachments } from '../../../src/mapping/attachments';
import { evaluate } from '../../../scripts/lib/anatomy/judge';
import type { MeasureMesh } from '../../../scripts/lib/anatomy/mesh';
import { pathFromAttachment } from '../../../scripts/lib/anatomy/path';
import { sphere, tube } from './shapes';

/** A straight tube of `radius` from `a` to `b`, its fibres along it and a tenth of it tendon. */
function strapBetween(name: string, a: Vector3, b: Vector3, radius: number): MeasureMesh {
  const axis = b.clone().sub(a);
  const t = tube(name, () => radius, axis.length(), 48, 41);
  const z = axis.clone().normalize();
  const x = new Vector3(1, 0, 0).cross(z).lengthSq() > 0.01 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0);
  const y = z.clone().cross(x).normalize();
  x.copy(y.clone().cross(z));
  const positions = new Float64Array(t.positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const [px, py, pz] = [t.positions[i]!, t.positions[i + 1]!, t.positions[i + 2]!];
    const p = a.clone().addScaledVector(x, px).addScaledVector(y, py).addScaledVector(z, pz);
    positions.set([p.x, p.y, p.z], i);
  }
  const n = positions.length / 3;
  return {
    ...t,
    positions,
    fibre: Float64Array.from({ length: n * 3 }, (_, i) => z.getComponent(i % 3)),
    tendon: new Float64Array(n).fill(0.1),
  };
}

describe('judging a model', () => {
  // One left levator scapulae, 11 mm in radius, along the course the attachment data gives it,
  // inside a skin ball; nothing else of the model is there.
  const path = pathFromAttachment(attachments['levator-scapulae'], 'left');
  const [a, b] = [path.points[0]!, path.points[path.points.length - 1]!];
  const levator = strapBetween('muscle:levator-scapulae:left', a, b, 11);
  const skin = sphere('skin', 400, [0, -60, 0]);
  const { figures, results } = evaluate({
    bytes: 1000,
    triangles: (levator.indices.length + skin.indices.length) / 3,
    meshes: new Map([
      [levator.name, levator],
      [skin.name, skin],
    ]),
    landmarks: new Map(),
    materials: [{ name: 'muscle', metallic: 0, roughness: 0.6 }],
  });
  const find = (subject: string, what: string) =>
    results.find((r) => r.subject === subject && r.what.startsWith(what))!;

  it('measures the strap as what it is: volume, belly thickness, even sections, no fold, all in the skin', () => {
    const volume = (48 / 2) * 121 * Math.sin((2 * Math.PI) / 48) * a.distanceTo(b);
    const f = figures.get(levator.name)!;
    expect(f.volumeCm3 * 1000).toBeCloseTo(volume, 0);
    expect(f.thicknessMm).toBeCloseTo(22, 0);
    expect(f.foldRatio).toBeGreaterThan(0.98);
    expect(f.outsideSkin.count).toBe(0);
    expect(f.tendonShare).toBeCloseTo(0.1, 9);
    expect(find('levator scapulae left', 'belly thickness').pass).toBe(true);
    expect(find('muscle:levator-scapulae:left', 'strap min/max').value).toBe('1.00');
    expect(find('muscle:levator-scapulae:left', 'self-fold').pass).toBe(true);
    expect(find('muscle:levator-scapulae:left', 'tendon share').pass).toBe(true);
    expect(find('material muscle', 'metallicFactor').pass).toBe(true);
  });

  it('fails what is missing rather than skipping it', () => {
    expect(find('levator scapulae right', 'present')).toMatchObject({ value: 'missing', pass: false });
    expect(find('masseter left', 'present').pass).toBe(false);
    expect(find('bone:skull', 'calvarial coverage')).toMatchObject({ value: 'missing', pass: false });
    expect(find('bone:c4', 'front lines of sight').pass).toBe(false);
    // A tube 22 mm thick resting on nothing floats.
    expect(find('muscle:levator-scapulae:left', 'within 2 mm').pass).toBe(false);
  });
});
