import { Document, NodeIO } from '@gltf-transform/core';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';

/** A closed octahedron of half-size `s` metres around `at`: the least a mesh can be. */
function addBlob(doc: Document, name: string, s: number, at: [number, number, number] = [0, 0, 0]): void {
  const buffer = doc.getRoot().listBuffers()[0]!;
  const [x, y, z] = at;
  const positions = new Float32Array([x + s, y, z, x - s, y, z, x, y + s, z, x, y - s, z, x, y, z + s, x, y, z - s]);
  const indices = new Uint16Array([0, 2, 4, 2, 1, 4, 1, 3, 4, 3, 0, 4, 2, 0, 5, 1, 2, 5, 3, 1, 5, 0, 3, 5]);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
  doc
    .getRoot()
    .listScenes()[0]!
    .addChild(doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim)));
}

function newDocument(): Document {
  const doc = new Document();
  doc.createBuffer();
  doc.createScene();
  return doc;
}

/**
 * A model that keeps the naming contract in part (skin, skull, two muscles a side): small
 * enough to parse at once, real enough that zones, pain drawing and camera all run on it.
 */
export function tinyModel(): Promise<Uint8Array> {
  const doc = newDocument();
  addBlob(doc, 'skin', 0.1);
  addBlob(doc, 'bone:skull', 0.08);
  for (const [side, x] of [
    ['left', 0.06],
    ['right', -0.06],
  ] as const) {
    addBlob(doc, `muscle:temporalis:${side}`, 0.02, [x, 0.03, 0]);
    addBlob(doc, `muscle:upper-trapezius:${side}`, 0.02, [x, -0.08, -0.03]);
  }
  return new NodeIO().writeBinary(doc);
}

/**
 * Answers the app's model request with `tinyModel()`, for a test that does not look at the real
 * anatomy: the page is ready in a fraction of the time, and each frame costs a fraction as much
 * (README, "What is shared, and what keeps it fast").
 */
export async function serveTinyModel(target: Page | BrowserContext): Promise<void> {
  const body = Buffer.from(await tinyModel());
  await target.route('**/*.glb', (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body }));
}

/**
 * Answers the app's model request with the light model (./light-model.ts: the shipped model with
 * every part but the skin simplified), for a test that needs the real parts, names, landmarks and
 * skin but not the exact shape of the bones and muscles: the page loads in about two thirds of the
 * real model's CPU time and each frame costs about half as much.
 */
export async function serveLightModel(target: Page | BrowserContext, file = inject('lightModel')): Promise<void> {
  const body = readFileSync(file);
  await target.route('**/*.glb', (route) => route.fulfill({ status: 200, contentType: 'model/gltf-binary', body }));
}

/** A well-formed glTF binary whose nodes follow no naming contract at all, as from a modelling tool. */
export function unnamedModel(): Promise<Uint8Array> {
  const doc = newDocument();
  addBlob(doc, 'Cube', 0.1);
  addBlob(doc, 'Sphere.001', 0.05, [0, 0.1, 0]);
  return new NodeIO().writeBinary(doc);
}

/** A 4 x 4 PNG of one colour, the least a texture can be. */
function swatch(rgb: [number, number, number]): Uint8Array {
  const png = new PNG({ width: 4, height: 4 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

/**
 * The contract's skin and skull and a part outside it (a stand, as a modelling tool might leave
 * in), each with its own textured material as a file brings them: the viewer replaces the skin's
 * and skull's materials and draws the stand with its own.
 */
export function texturedModel(): Promise<Uint8Array> {
  const doc = newDocument();
  addBlob(doc, 'skin', 0.1);
  addBlob(doc, 'bone:skull', 0.08);
  addBlob(doc, 'Stand', 0.03, [0.13, 0, 0]);
  for (const [i, node] of doc.getRoot().listNodes().entries()) {
    const texture = doc
      .createTexture(`${node.getName()}-colour`)
      .setImage(swatch([60 * i, 120, 200]))
      .setMimeType('image/png');
    const material = doc.createMaterial(node.getName()).setBaseColorTexture(texture);
    for (const prim of node.getMesh()!.listPrimitives()) {
      const count = prim.getAttribute('POSITION')!.getCount();
      const uv = doc
        .createAccessor()
        .setType('VEC2')
        .setArray(new Float32Array(count * 2))
        .setBuffer(doc.getRoot().listBuffers()[0]!);
      prim.setAttribute('TEXCOORD_0', uv).setMaterial(material);
    }
  }
  return new NodeIO().writeBinary(doc);
}
