import { readFileSync } from 'node:fs';
import type { Accessor, Node } from '@gltf-transform/core';
import { modelIO } from '../../models/generator/gltf';
import { restMatrix } from '../../models/generator/skeleton';
import { mToMm } from '../../src/mapping';
import { parseLandmarkNode, vertexAttributes } from '../../src/model-contract';
import type { MeasureMesh } from '../lib/anatomy/mesh';
import type { MeasureModel } from '../lib/anatomy/model';

/** The elements of an accessor, dequantised (glTF Transform applies `normalized`). */
function elements(acc: Accessor, size: number): Float64Array {
  const out = new Float64Array(acc.getCount() * size);
  const e: number[] = [];
  for (let i = 0; i < acc.getCount(); i++) {
    acc.getElement(i, e);
    for (let k = 0; k < size; k++) out[i * size + k] = e[k]!;
  }
  return out;
}

function meshOf(node: Node): MeasureMesh {
  const prim = node.getMesh()!.listPrimitives()[0]!;
  const m = restMatrix(node);
  const raw = elements(prim.getAttribute('POSITION')!, 3);
  const positions = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i += 3) {
    const [x, y, z] = [raw[i]!, raw[i + 1]!, raw[i + 2]!];
    for (let k = 0; k < 3; k++) positions[i + k] = mToMm(m[k]! * x + m[4 + k]! * y + m[8 + k]! * z + m[12 + k]!);
  }
  const tangent = prim.getAttribute(vertexAttributes.fibreDirection);
  let fibre: Float64Array | undefined;
  if (tangent) {
    // Directions take the linear part of the world matrix (quantisation scales axes), then unit length.
    const t = elements(tangent, 4);
    fibre = new Float64Array(raw.length);
    for (let i = 0; i < fibre.length / 3; i++) {
      const [x, y, z] = [t[i * 4]!, t[i * 4 + 1]!, t[i * 4 + 2]!];
      const d = [0, 1, 2].map((k) => m[k]! * x + m[4 + k]! * y + m[8 + k]! * z);
      const l = Math.hypot(d[0]!, d[1]!, d[2]!) || 1;
      for (let k = 0; k < 3; k++) fibre[i * 3 + k] = d[k]! / l;
    }
  }
  const uv0 = prim.getAttribute(vertexAttributes.fibreCoordinates);
  const uv1 = prim.getAttribute(vertexAttributes.tendon);
  const indices = prim.getIndices();
  return {
    name: node.getName(),
    positions,
    indices: indices
      ? Uint32Array.from(indices.getArray()!)
      : Uint32Array.from({ length: raw.length / 3 }, (_, i) => i),
    ...(fibre ? { fibre } : {}),
    ...(uv0 ? { fibreUv: elements(uv0, 2) } : {}),
    ...(uv1 ? { tendon: elements(uv1, 2).filter((_, i) => i % 2 === 0) } : {}),
  };
}

/** Reads a glb (by default the committed model) into world-space millimetre meshes. */
export async function readModel(path: string): Promise<MeasureModel> {
  const data = readFileSync(path);
  const doc = await (await modelIO()).readBinary(new Uint8Array(data));
  const meshes = new Map<string, MeasureMesh>();
  const landmarks = new Map<string, readonly [number, number, number]>();
  let triangles = 0;
  for (const node of doc.getRoot().listNodes()) {
    if (node.getMesh()) {
      const mesh = meshOf(node);
      triangles += mesh.indices.length / 3;
      meshes.set(mesh.name, mesh);
      continue;
    }
    const landmark = parseLandmarkNode(node.getName());
    const w = node.getWorldMatrix();
    if (landmark) landmarks.set(landmark, [mToMm(w[12]), mToMm(w[13]), mToMm(w[14])]);
  }
  const materials = doc
    .getRoot()
    .listMaterials()
    .map((mat) => ({ name: mat.getName(), metallic: mat.getMetallicFactor(), roughness: mat.getRoughnessFactor() }));
  return { bytes: data.byteLength, triangles, meshes, landmarks, materials };
}
