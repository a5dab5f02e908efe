import { Mesh, Vector3, type Object3D } from 'three';
import type { Vec3 } from '../mapping';
import { JOINT_PREFIX } from '../model-contract';
import { posedPoint, type Bone, type BoneTransforms } from '../movement';
import { contractName } from './prepare-model';
import type { RestSkin } from './rest-skin';

/**
 * A point on the head that moves as the tissue it lies in moves: a trigger point rides with its
 * muscle, as the muscle's nearest vertex is skinned (its joints and weights), or with the bone a
 * rigid mesh hangs from. Where a point lies is always worked out at rest, so it is the same point
 * in every pose.
 */
export interface CarriedPoint {
  readonly rest: Vec3;
  readonly carriers: readonly { readonly bone: Bone; readonly weight: number }[];
}

const bodyOf = (joint: Object3D): Bone | null => {
  const name = contractName(joint);
  return name.startsWith(JOINT_PREFIX) ? (name.slice(JOINT_PREFIX.length) as Bone) : null;
};

/** The joint a rigid mesh hangs from, if any. */
function hangingFrom(mesh: Object3D): Bone | null {
  for (let o = mesh.parent; o; o = o.parent) {
    const body = bodyOf(o);
    if (body) return body;
  }
  return null;
}

/** The skinned vertex of `meshes` nearest `p` at rest, as joints and weights; null when none is skinned. */
function nearestSkinned(meshes: readonly Mesh[], p: Vec3): CarriedPoint['carriers'] | null {
  const target = new Vector3(...p);
  const v = new Vector3();
  let best: { rest: RestSkin; index: number; d: number } | null = null;
  for (const mesh of meshes) {
    const rest = mesh.userData.restSkin as RestSkin | undefined;
    if (!rest) continue;
    // The plain mesh never moves (its skinned twin does), so its matrix is the rest placement.
    const pos = mesh.geometry.getAttribute('position');
    for (let i = 0; i < pos.count; i++) {
      const d = v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).distanceToSquared(target);
      if (!best || d < best.d) best = { rest, index: i, d };
    }
  }
  if (!best) return null;
  const { rest, index } = best;
  const bonesOfSkin = rest.skinned.skeleton.bones;
  const carriers: { bone: Bone; weight: number }[] = [];
  for (let k = 0; k < 4; k++) {
    const weight = rest.skinWeight.getComponent(index, k);
    const body = weight > 0 ? bodyOf(bonesOfSkin[rest.skinIndex.getComponent(index, k)]!) : null;
    if (body) carriers.push({ bone: body, weight });
  }
  return carriers;
}

/** How the rest point `p` is carried by `meshes`, the tissue it lies in; null if they neither hang nor are skinned. */
export function carriedBy(meshes: readonly Mesh[], p: Vec3): CarriedPoint | null {
  const skinned = nearestSkinned(meshes, p);
  if (skinned && skinned.length > 0) return { rest: p, carriers: skinned };
  const body = meshes.length > 0 ? hangingFrom(meshes[0]!) : null;
  return body ? { rest: p, carriers: [{ bone: body, weight: 1 }] } : null;
}

/** Where a carried point lies in a pose: its carriers' positions blended by weight, as the skin is. */
export function placeCarried(point: CarriedPoint, transforms: BoneTransforms): Vec3 {
  const out = [0, 0, 0];
  let total = 0;
  for (const { bone, weight } of point.carriers) {
    const q = posedPoint(transforms, bone, point.rest);
    for (let k = 0; k < 3; k++) out[k]! += q[k]! * weight;
    total += weight;
  }
  return total > 0 ? [out[0]! / total, out[1]! / total, out[2]! / total] : point.rest;
}
