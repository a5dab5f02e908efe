import type { Accessor, Buffer, Document, Node, Primitive } from '@gltf-transform/core';
import { jointNode, jointParent, skeletonJoints, type SkeletonJoint } from '../../src/model-contract';
import type { RigidTransform } from '../../src/mapping/vec';
import { jointOrigins } from '../../src/movement';

/**
 * The model's skeleton: one `joint:<body>` node per rigid body of `src/movement`, in the chain
 * thorax -> C7 -> ... -> C1 -> skull -> mandible and thorax -> each shoulder girdle, unrotated at
 * rest and placed at the centre of the joint that turns its body (`src/movement/skeleton.ts`).
 */

/** Per-vertex skinning: up to four joints (indices into `skeletonJoints`) and weights summing to 255. */
export interface Skinning {
  readonly joints: Uint8Array;
  readonly weights: Uint8Array;
}

/** Adds the joint nodes under `root`, parents before children; returns them by body. */
export function addSkeleton(doc: Document, root: Node): ReadonlyMap<SkeletonJoint, Node> {
  const nodes = new Map<SkeletonJoint, Node>();
  for (const body of skeletonJoints) {
    const parent = jointParent[body];
    const at = jointOrigins[body];
    const from = parent ? jointOrigins[parent] : ([0, 0, 0] as const);
    const node = doc.createNode(jointNode(body)).setTranslation([at[0] - from[0], at[1] - from[1], at[2] - from[2]]);
    (parent ? nodes.get(parent)! : root).addChild(node);
    nodes.set(body, node);
  }
  return nodes;
}

/**
 * A mesh that one body carries whole (a bone, a muscle from skull to skull, an eye) needs no
 * skin: it hangs from that body's joint, placed so it stays where it was (quantization later
 * multiplies its offset and scale into this transform), and moves exactly with the joint.
 */
function hangFromJoint(root: Node, joint: Node, node: Node): void {
  const [x, y, z] = joint.getWorldTranslation();
  root.removeChild(node);
  joint.addChild(node.setTranslation([-x, -y, -z]));
}

/**
 * Skins one mesh node, or hangs it from its joint when one body carries all of it. A skin lists
 * only the joints its mesh's vertices use (each mesh gets its own skin anyway, once quantization
 * folds the mesh's offset and scale into the inverse bind matrices). The inverse bind matrix of a
 * joint is the translation by minus its rest position: at rest every skinning matrix is identity.
 */
export function skinMeshNode(
  doc: Document,
  root: Node,
  buffer: Buffer,
  joints: ReadonlyMap<SkeletonJoint, Node>,
  node: Node,
  prim: Primitive,
  skinning: Skinning,
): void {
  const used = [...new Set(skinning.joints.filter((_, i) => skinning.weights[i]! > 0))].sort((a, b) => a - b);
  if (used.length === 1) return hangFromJoint(root, joints.get(skeletonJoints[used[0]!]!)!, node);
  const local = new Map(used.map((joint, i) => [joint, i]));
  const indices = Uint8Array.from(skinning.joints, (joint, i) => (skinning.weights[i]! > 0 ? local.get(joint)! : 0));
  const inverseBind = new Float32Array(used.length * 16);
  used.forEach((joint, i) => {
    const [x, y, z] = jointOrigins[skeletonJoints[joint]!];
    inverseBind.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -x, -y, -z, 1], i * 16);
  });
  const accessor = (type: 'VEC4' | 'MAT4', array: Uint8Array<ArrayBuffer> | Float32Array<ArrayBuffer>): Accessor =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  prim.setAttribute('JOINTS_0', accessor('VEC4', indices));
  prim.setAttribute('WEIGHTS_0', accessor('VEC4', Uint8Array.from(skinning.weights)).setNormalized(true));
  const skin = doc
    .createSkin(node.getName())
    .setSkeleton(joints.get('thorax')!)
    .setInverseBindMatrices(accessor('MAT4', inverseBind));
  for (const joint of used) skin.addJoint(joints.get(skeletonJoints[joint]!)!);
  node.setSkin(skin);
}

type Mat4 = readonly number[];

/** A rigid transform as a column-major 4x4 matrix. */
// prettier-ignore
export function rigidMatrix({ rotation: [x, y, z, w], translation: [tx, ty, tz] }: RigidTransform): number[] {
  return [
    1 - 2 * (y * y + z * z), 2 * (x * y + z * w), 2 * (x * z - y * w), 0,
    2 * (x * y - z * w), 1 - 2 * (x * x + z * z), 2 * (y * z + x * w), 0,
    2 * (x * z + y * w), 2 * (y * z - x * w), 1 - 2 * (x * x + y * y), 0,
    tx, ty, tz, 1,
  ];
}

/** Column-major 4x4 product a · b. */
export function multiplyMat4(a: Mat4, b: Mat4): number[] {
  const out = new Array<number>(16).fill(0);
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) out[c * 4 + r]! += a[k * 4 + r]! * b[c * 4 + k]!;
  return out;
}

/**
 * The matrix that takes a mesh node's stored positions to model space at rest. A skinned mesh
 * ignores its node's transform (glTF): its first joint's world matrix times that joint's inverse
 * bind matrix, the same for every joint at rest (quantization folds the mesh's offset and scale
 * into them); any other mesh, its node's world matrix.
 */
export function restMatrix(node: Node): number[] {
  const skin = node.getSkin();
  if (!skin) return [...node.getWorldMatrix()];
  const inverseBind: number[] = [];
  skin.getInverseBindMatrices()!.getElement(0, inverseBind);
  return multiplyMat4(skin.listJoints()[0]!.getWorldMatrix(), inverseBind);
}
