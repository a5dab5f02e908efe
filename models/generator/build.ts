import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attachments } from '../../src/mapping/attachments';
import { landmarks } from '../../src/mapping/landmarks';
import { getMuscle } from '../../src/mapping/lookup';
import type { MuscleId } from '../../src/mapping/types';
import { boneNames, boneNode, landmarkNode, muscleNode, SKIN_NODE } from '../../src/model-contract';
import { sides } from '../../src/mapping/side';
import { boneParts } from './bones';
import { writeModel, type NamedMesh } from './gltf';
import { contextMeshes } from './context';
import { bakeOcclusion } from './occlusion';
import { checkedManifold, initManifold, meshShape, type Box } from './mesh';
import { sweepMuscle, type Bed, type LaidMuscle, type MuscleSweep } from './muscle-sweep';
import { union } from './sdf';
import { skinShape } from './skin';
import { SphereField } from './sphere-field';

/**
 * Every muscle to build, in the order of attachments.ts (its type asks for every catalogue
 * muscle): the catalogue's order may change without changing the model's bytes.
 */
export function musclesInWriteOrder(): MuscleId[] {
  return Object.keys(attachments) as MuscleId[];
}

/** A muscle's attachments and its depth, which the catalogue holds (`Muscle.layer`). */
function withDepth(id: MuscleId): LaidMuscle {
  const muscle = getMuscle(id);
  if (!muscle) throw new Error(`Attachments for "${id}", which is not in the catalogue`);
  return { ...attachments[id], layer: muscle.layer };
}

const SKIN_BOX: Box = { min: [-222, -236, -128], max: [222, 140, 140] };

export async function buildModel(log: (s: string) => void = () => {}): Promise<Uint8Array> {
  await initManifold();
  const t0 = Date.now();
  const out: NamedMesh[] = [];
  const bones = boneParts();
  const names = bones.map((b) => b.name).join(', ');
  if (names !== boneNames.join(', '))
    throw new Error(`Bones built (${names}) differ from the contract's (${boneNames.join(', ')})`);
  for (const b of bones) {
    out.push({ name: boneNode(b.name), tissue: 'bone', mesh: meshShape(b.shape, b.edgeMm, 0.2, b.box) });
    log(`${boneNode(b.name)} ${Date.now() - t0} ms`);
  }
  const skeleton = union(bones.map((b) => b.shape));
  const skin = skinShape();
  out.push(...contextMeshes(bones, skinShape(false), log));
  const laid = new SphereField(10);
  const bed: Bed = {
    bone: skeleton.f,
    skin: skinShape(false).f,
    cover: laid.f,
    under: (x, y, z) => Math.min(skeleton.f(x, y, z), laid.f(x, y, z)),
  };
  const ids = musclesInWriteOrder();
  const muscles = new Map(ids.map((id) => [id, withDepth(id)]));
  // Deepest layer first, so each muscle is laid over the ones beneath it.
  const order = [...ids].sort((a, b) => muscles.get(b)!.layer - muscles.get(a)!.layer);
  const muscleMeshes = new Map<string, NamedMesh>();
  for (const layer of [4, 3, 2, 1]) {
    const pending: { name: string; spheres: MuscleSweep['spheres'] }[] = [];
    for (const id of order.filter((i) => muscles.get(i)!.layer === layer)) {
      for (const side of sides) {
        const sweep = sweepMuscle(muscles.get(id)!, side, bed);
        const name = muscleNode(id, side);
        muscleMeshes.set(name, { name, tissue: 'muscle', mesh: checkedManifold(sweep.mesh) });
        pending.push({ name, spheres: sweep.spheres });
      }
    }
    // Muscles of one layer lie side by side; only the next layers up are laid over them.
    for (const p of pending) for (const [x, y, z, r] of p.spheres) laid.add(x, y, z, r);
  }
  for (const id of ids) for (const side of sides) out.push(muscleMeshes.get(muscleNode(id, side))!);
  log(`muscles ${Date.now() - t0} ms`);
  out.push({ name: SKIN_NODE, tissue: 'skin', mesh: meshShape(skin, 2.1, 0.2, SKIN_BOX) });
  log(`skin ${Date.now() - t0} ms`);
  const baked = bakeOcclusion(out);
  log(`occlusion ${Date.now() - t0} ms`);
  const points = Object.entries(landmarks).map(([name, position]) => ({ name: landmarkNode(name), position }));
  return writeModel(baked, points);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const glb = await buildModel((s) => console.log(s));
  const target = fileURLToPath(new URL('../head-neck.glb', import.meta.url));
  writeFileSync(target, glb);
  console.log(`wrote models/head-neck.glb, ${glb.byteLength} bytes in ${Date.now() - t0} ms`);
}
