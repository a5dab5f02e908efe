import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dequantize, simplifyPrimitive, weld } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptSimplifier } from 'meshoptimizer';
import { SKIN_NODE } from '../../src/model-contract';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const shipped = join(root, 'models/head-neck.glb');

/*
 * How far each part other than the skin may move from its shape, as a fraction of its own size:
 * at 1 % the bones, muscles and context keep their outline at a tenth of their triangles. The
 * skin keeps every vertex, so the zones and pain drawings painted on it are the shipped ones.
 * Change the recipe's version with any change here, so a cached file is not reused.
 */
const RECIPE = { version: 1, error: 0.01, ratio: 0.05 };

/** The shipped model with every part but the skin simplified; nodes, names, landmarks and skins kept. */
async function simplifyModel(source: Uint8Array): Promise<Uint8Array> {
  await Promise.all([MeshoptDecoder.ready, MeshoptSimplifier.ready]);
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
  });
  const doc = await io.readBinary(source);
  await doc.transform(dequantize(), weld());
  for (const node of doc.getRoot().listNodes()) {
    if (node.getName() === SKIN_NODE) continue;
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      simplifyPrimitive(prim, { simplifier: MeshoptSimplifier, ratio: RECIPE.ratio, error: RECIPE.error });
    }
  }
  // Written plain: no decoder work in the page, and the file stays a few megabytes.
  for (const ext of doc.getRoot().listExtensionsUsed()) {
    if (ext.extensionName === 'EXT_meshopt_compression') ext.dispose();
  }
  return io.writeBinary(doc);
}

/**
 * The light model's file, made once per shipped model and recipe and kept in `.cache/` (ignored):
 * about a second to make, then read from disk by every later run.
 */
export async function lightModelFile(): Promise<string> {
  const source = readFileSync(shipped);
  const key = createHash('sha256').update(source).update(JSON.stringify(RECIPE)).digest('hex').slice(0, 16);
  const dir = join(root, '.cache/e2e');
  const file = join(dir, `light-model-${key}.glb`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so a run stopped halfway never leaves half a model behind.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, await simplifyModel(source));
  renameSync(partial, file);
  return file;
}
