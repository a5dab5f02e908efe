import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attachments } from '../../src/mapping/attachments';
import { landmarks } from '../../src/mapping/landmarks';
import { getMuscle } from '../../src/mapping/lookup';
import type { MuscleId } from '../../src/mapping/types';
import { boneNames, boneNode, landmarkNode, muscleNode, SKIN_NODE } from '../../src/model-contract';
import { sides } from '../../src/mapping/side';
import { boneParts } from './bones';
import { meshBone } from './bone-mesh';
import { sweepBar } from './bone-sweep';
import { writeModel, type NamedMesh } from './gltf';
import { contextMeshes, contextMuscleBed } from './context';
import { fairMesh } from './fair';
import { bakeOcclusion } from './occlusion';
import { checkedManifold, initManifold, meshShape, type Box } from './mesh';
import { FibreSheets } from './fibre-sheet';
import { muscleForms } from './muscle-forms';
import type { Bed, LaidMuscle } from './muscle-grid';
import { settledMuscles } from './settle';
import { buildMuscle, mirrored, type MuscleSolid } from './muscle-solid';
import { union, type Sdf } from './sdf';
import { skinShape } from './skin';
import { skinWeights } from './skin-weights';

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

/**
 * The field with its last point and value kept: laying a node asks the skeleton, then the bed under
 * it (the skeleton again) at the same point. The field is pure, so the kept value is the one it
 * would work out again.
 */
function lastPointKept(f: Sdf): Sdf {
  let lx = NaN;
  let ly = NaN;
  let lz = NaN;
  let value = NaN;
  return (x, y, z) => {
    if (x === lx && y === ly && z === lz) return value;
    value = f(x, y, z);
    lx = x;
    ly = y;
    lz = z;
    return value;
  };
}

/**
 * The bed without one of the muscles laid before (`MuscleForm.joins`), with that part's shared
 * border: a part of a muscle is laid edge to edge with the part it runs on into, not packed against it.
 */
function apartFrom(bed: Bed, grids: ReadonlyMap<MuscleId, MuscleSolid['grid']>, part: MuscleId): Bed {
  const others = new FibreSheets(6, 10);
  for (const [id, g] of grids) if (id !== part) others.addGrid(g.nodes, g.half, g.n, g.m, g.ring);
  const { bone } = bed;
  const muscles: Sdf = bed.context ? (x, y, z) => Math.min(others.f(x, y, z), bed.context!(x, y, z)) : others.f;
  const g = grids.get(part)!;
  const column = muscleForms[part].joins?.border === 'first' ? 0 : g.n - 1;
  return {
    bone,
    bones: bed.bones,
    skin: bed.skin,
    muscles,
    under: (x, y, z) => Math.min(bone(x, y, z), muscles(x, y, z)),
    context: bed.context,
    joined: Array.from({ length: g.m }, (_, j) => g.nodes[j * g.n + column]!),
  };
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
    const mesh = b.bar ? sweepBar(b.shape, b.bar) : meshBone(b.shape, b.edgeMm, b.box, b.refine, b.coarsen);
    out.push({ name: boneNode(b.name), tissue: 'bone', mesh });
    log(`${boneNode(b.name)} ${Date.now() - t0} ms`);
  }
  const skeleton = union(bones.map((b) => b.shape));
  const skin = skinShape();
  out.push(...contextMeshes(bones, skinShape(false), log));
  // Every muscle laid so far, as thickened fibre sheets: the next one rests on them or stays out.
  const laid = new FibreSheets(6, 10);
  const bone = lastPointKept(skeleton.f);
  // Per laid node, the share of its muscle's thickest belly by which it settled on the bone.
  const settled: number[] = [];
  const settledLaid = settledMuscles(laid, settled, bone);
  // The context muscles (the floor of the mouth) count as muscles laid before every muscle.
  const context = contextMuscleBed();
  const laidMuscles: Sdf = (x, y, z) => Math.min(laid.f(x, y, z), context(x, y, z));
  const bed: Bed = {
    bone,
    skin: skinShape(false).f,
    muscles: laidMuscles,
    under: (x, y, z) => Math.min(bone(x, y, z), laidMuscles(x, y, z)),
    settled: (x, y, z, boneMm) => Math.min(settledLaid(x, y, z, boneMm), context(x, y, z)),
    context,
    bones: new Map(bones.map((b) => [b.name, b.shape.f])),
  };
  const ids = musclesInWriteOrder();
  const muscles = new Map(ids.map((id) => [id, withDepth(id)]));
  // Deepest layer first, so each muscle is laid over the ones beneath it; within a layer in the
  // order of attachments.ts, each packed against the ones laid before it. Built on the left and
  // mirrored: the two sides are mirror images by definition (attachments.ts).
  const order = [...ids].sort((a, b) => muscles.get(b)!.layer - muscles.get(a)!.layer);
  const muscleMeshes = new Map<string, NamedMesh>();
  const grids = new Map<MuscleId, MuscleSolid['grid']>();
  let base = 0;
  for (const id of order) {
    const t = Date.now();
    const joined = muscleForms[id].joins?.part;
    const solid = buildMuscle(
      muscles.get(id)!,
      muscleForms[id],
      joined && grids.has(joined) ? apartFrom(bed, grids, joined) : bed,
    );
    const { nodes, half, n, m, ring } = solid.grid;
    grids.set(id, solid.grid);
    laid.addGrid(nodes, half, n, m, ring, base);
    for (let k = 0; k < nodes.length; k++) settled.push(solid.grid.settle?.[k] ?? 0);
    base += nodes.length;
    const left = checkedManifold(solid.mesh);
    muscleMeshes.set(muscleNode(id, 'left'), { name: muscleNode(id, 'left'), tissue: 'muscle', mesh: left });
    const right = mirrored(left);
    muscleMeshes.set(muscleNode(id, 'right'), { name: muscleNode(id, 'right'), tissue: 'muscle', mesh: right });
    log(`  ${id} ${left.indices.length / 3} triangles, ${Date.now() - t} ms`);
  }
  for (const id of ids) for (const side of sides) out.push(muscleMeshes.get(muscleNode(id, side))!);
  log(`muscles ${Date.now() - t0} ms`);
  // The simplified level set leaves slivers (95th-percentile aspect near 9): faired without the costly skin field.
  out.push({ name: SKIN_NODE, tissue: 'skin', mesh: fairMesh(meshShape(skin, 2.1, 0.2, SKIN_BOX), 1, 0.4) });
  log(`skin ${Date.now() - t0} ms`);
  const baked = bakeOcclusion(out);
  log(`occlusion ${Date.now() - t0} ms`);
  const skinned = skinWeights(baked);
  log(`skin weights ${Date.now() - t0} ms`);
  const points = Object.entries(landmarks).map(([name, position]) => ({ name: landmarkNode(name), position }));
  return writeModel(skinned, points);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const glb = await buildModel((s) => console.log(s));
  const target = fileURLToPath(new URL('../head-neck.glb', import.meta.url));
  writeFileSync(target, glb);
  console.log(`wrote models/head-neck.glb, ${glb.byteLength} bytes in ${Date.now() - t0} ms`);
}
