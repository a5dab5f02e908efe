import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { modelIO } from '../../models/generator/gltf';
import { restMatrix } from '../../models/generator/skeleton';
import { parseLandmarkNode } from '../../src/model-contract';

export const MODEL_PATH = fileURLToPath(new URL('../../models/head-neck.glb', import.meta.url));

/** A mesh node in world space (metres), welded by position so topology can be checked. */
export interface WorldMesh {
  readonly name: string;
  readonly positions: Float64Array;
  readonly indices: Uint32Array;
}

export interface LoadedModel {
  readonly doc: Document;
  readonly bytes: number;
  readonly meshes: ReadonlyMap<string, WorldMesh>;
  readonly empties: ReadonlyMap<string, readonly [number, number, number]>;
}

let cached: Promise<LoadedModel> | undefined;

/** Parses the committed glb once per test file. */
export function loadModel(): Promise<LoadedModel> {
  cached ??= (async () => {
    const data = readFileSync(MODEL_PATH);
    const io = await modelIO();
    const doc = await io.readBinary(new Uint8Array(data));
    const meshes = new Map<string, WorldMesh>();
    const empties = new Map<string, readonly [number, number, number]>();
    for (const node of doc.getRoot().listNodes()) {
      const mesh = node.getMesh();
      const m: readonly number[] = mesh ? restMatrix(node) : [...node.getWorldMatrix()];
      if (!mesh) {
        if (parseLandmarkNode(node.getName())) empties.set(node.getName(), [m[12]!, m[13]!, m[14]!]);
        continue;
      }
      const prim = mesh.listPrimitives()[0]!;
      const pos = prim.getAttribute('POSITION')!;
      const out = new Float64Array(pos.getCount() * 3);
      const v: number[] = [0, 0, 0];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, v);
        const [x, y, z] = v as [number, number, number];
        for (let k = 0; k < 3; k++) out[i * 3 + k] = m[k]! * x + m[4 + k]! * y + m[8 + k]! * z + m[12 + k]!;
      }
      const indices = new Uint32Array(prim.getIndices()!.getArray()!);
      meshes.set(node.getName(), { name: node.getName(), positions: out, indices });
    }
    return { doc, bytes: data.byteLength, meshes, empties };
  })();
  return cached;
}
