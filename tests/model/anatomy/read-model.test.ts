import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from '@gltf-transform/core';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { describe, expect, it } from 'vitest';
import { modelIO } from '../../../models/generator/gltf';
import { readModel } from '../../../scripts/model-report/read-model';

/**
 * A one-triangle muscle written as the generator writes (meshopt, quantized), under a node that
 * stretches x by 2 and moves it: the reader must hand back world millimetres, fibres turned by
 * the node and of unit length, and the fibre and tendon coordinates as written.
 */
async function tinyModel(): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const acc = (
    type: 'VEC2' | 'VEC3' | 'VEC4' | 'SCALAR',
    array: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
  ) => doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const prim = doc
    .createPrimitive()
    .setMaterial(doc.createMaterial('muscle').setMetallicFactor(0))
    .setIndices(acc('SCALAR', new Uint32Array([0, 1, 2])))
    .setAttribute('POSITION', acc('VEC3', new Float32Array([0, 0, 0, 0.01, 0, 0, 0, 0.02, 0])))
    .setAttribute('NORMAL', acc('VEC3', new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1])))
    .setAttribute('TANGENT', acc('VEC4', new Float32Array([0.6, 0.8, 0, 1, 0.6, 0.8, 0, 1, 0.6, 0.8, 0, 1])))
    .setAttribute('TEXCOORD_0', acc('VEC2', new Float32Array([0, 0, 1, 0, 0.5, 1])))
    .setAttribute('TEXCOORD_1', acc('VEC2', new Float32Array([1, 0, 0, 0, 0.25, 0])));
  const root = doc.createNode('head-neck');
  doc.createScene().addChild(root);
  root.addChild(
    doc
      .createNode('muscle:temporalis:left')
      .setMesh(doc.createMesh().addPrimitive(prim))
      .setScale([2, 1, 1])
      .setTranslation([0.1, 0, 0]),
  );
  root.addChild(doc.createNode('landmark:porion-left').setTranslation([0.058, 0, 0]));
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 16 }));
  return (await modelIO()).writeBinary(doc);
}

describe('reading a model for measuring', () => {
  it('gives world millimetres, world fibre directions and the per-vertex coordinates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anatomy-read-'));
    try {
      const file = join(dir, 'tiny.glb');
      writeFileSync(file, await tinyModel());
      const model = await readModel(file);
      const m = model.meshes.get('muscle:temporalis:left')!;
      expect(model.triangles).toBe(1);
      expect(model.materials).toEqual([{ name: 'muscle', metallic: 0, roughness: 1 }]);
      expect(model.landmarks.get('porion-left')![0]).toBeCloseTo(58, 6);
      const at = (i: number): number[] => Array.from(m.positions.slice(i * 3, i * 3 + 3));
      // x doubled and moved 100 mm; quantisation costs about 0.01 mm.
      expect(at(1)[0]).toBeCloseTo(120, 1);
      expect(at(2)[1]).toBeCloseTo(20, 1);
      // (0.6, 0.8) stretched in x: (1.2, 0.8), unit length.
      const len = Math.hypot(1.2, 0.8);
      expect(m.fibre![0]).toBeCloseTo(1.2 / len, 2);
      expect(m.fibre![1]).toBeCloseTo(0.8 / len, 2);
      expect(Array.from(m.fibreUv!).map((x) => Math.round(x * 100) / 100)).toEqual([0, 0, 1, 0, 0.5, 1]);
      expect(Array.from(m.tendon!).map((x) => Math.round(x * 100) / 100)).toEqual([1, 0, 0.25]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
