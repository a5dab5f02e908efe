import { describe, expect, it } from 'vitest';
import type { BodyWeights } from '../../models/generator/joint-weights';
import type { NamedMesh } from '../../models/generator/gltf';
import { skinOverMuscle } from '../../models/generator/skin-over-muscle';
import type { Bone } from '../../src/movement';

/** One triangle at height z (mm), a side of 20 mm, as a mesh of the given tissue. */
const triangle = (name: string, tissue: NamedMesh['tissue'], z: number, x = 0): NamedMesh => ({
  name,
  tissue,
  mesh: { positions: Float32Array.from([x, 0, z, x + 20, 0, z, x, 20, z]), indices: Uint32Array.from([0, 1, 2]) },
});

const weights = (entries: [Bone, number][]): BodyWeights => new Map(entries);
const field = weights([
  ['mandible', 0.6],
  ['c3', 0.4],
]);
const trapezius = weights([
  ['shoulder-girdle-left', 0.5],
  ['c5', 0.5],
]);
const platysma = weights([['mandible', 1]]);

describe('the skin over a muscle moves with it (models/generator/skin-over-muscle.ts)', () => {
  const muscle = {
    named: triangle('muscle:upper-trapezius:left', 'muscle', 0),
    weights: [trapezius, trapezius, trapezius],
  };

  it('takes the weights of the muscle it lies on', () => {
    const skin = triangle('skin', 'skin', 2);
    const [w] = skinOverMuscle(skin, [field, field, field], [muscle]);
    expect(w!.get('shoulder-girdle-left')).toBeCloseTo(0.5, 9);
    expect(w!.get('c5')).toBeCloseTo(0.5, 9);
    expect(w!.get('mandible') ?? 0).toBeCloseTo(0, 9);
  });

  it("keeps the field's weights far from every muscle, and blends them between", () => {
    const [far] = skinOverMuscle(triangle('skin', 'skin', 30), [field, field, field], [muscle]);
    expect(far).toEqual(field);
    const [between] = skinOverMuscle(triangle('skin', 'skin', 8), [field, field, field], [muscle]);
    expect(between!.get('mandible')).toBeGreaterThan(0.1);
    expect(between!.get('mandible')).toBeLessThan(0.5);
    expect([...between!.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it("does not follow the platysma, which lies in the skin's own layer", () => {
    const sheet = { named: triangle('muscle:platysma:left', 'muscle', 0), weights: [platysma, platysma, platysma] };
    const [w] = skinOverMuscle(triangle('skin', 'skin', 1), [field, field, field], [sheet]);
    expect(w).toEqual(field);
  });
});
