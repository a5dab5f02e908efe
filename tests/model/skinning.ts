import type { Document, Node } from '@gltf-transform/core';
import { multiplyMat4, rigidMatrix } from '../../models/generator/skeleton';
import { parseJointNode, type SkeletonJoint } from '../../src/model-contract';
import { boneTransforms, jointLocalTransforms, type Bone, type Pose } from '../../src/movement';

/**
 * Reading the glb's skin and posing it the way a glTF viewer does: each joint's local matrix
 * from the movement layer's pose (models/README.md, Skeleton), world matrices down the file's own
 * node hierarchy, and every vertex the weighted sum of its joints' world times inverse bind.
 */
export interface SkinnedMesh {
  readonly name: string;
  /** Stored positions (quantized space), 3 per vertex. */
  readonly raw: Float64Array;
  readonly indices: Uint32Array;
  /** The skin's joints by body, and their inverse bind matrices. */
  readonly joints: readonly SkeletonJoint[];
  readonly inverseBind: readonly number[][];
  /** JOINTS_0 and WEIGHTS_0 as stored (unsigned bytes, 4 per vertex). */
  readonly jointIndex: ArrayLike<number>;
  readonly weightBytes: ArrayLike<number>;
  readonly weightsNormalized: boolean;
  /** A mesh one body carries whole hangs from its joint instead of being skinned. */
  readonly hangs: boolean;
}

export function skinnedMeshes(doc: Document): Map<string, SkinnedMesh> {
  const out = new Map<string, SkinnedMesh>();
  for (const node of doc.getRoot().listNodes()) {
    const skin = node.getSkin();
    const mesh = node.getMesh();
    if (!mesh) continue;
    const prim = mesh.listPrimitives()[0]!;
    const pos = prim.getAttribute('POSITION')!;
    const raw = new Float64Array(pos.getCount() * 3);
    const v: number[] = [];
    for (let i = 0; i < pos.getCount(); i++) raw.set(pos.getElement(i, v), i * 3);
    const carrier = parseJointNode(node.getParentNode()?.getName() ?? '');
    if (!skin) {
      // Carried whole by one body: it hangs from that joint, as if weighted 1 to it.
      if (!carrier) continue;
      const n = pos.getCount();
      out.set(node.getName(), {
        name: node.getName(),
        raw,
        indices: new Uint32Array(prim.getIndices()!.getArray()!),
        joints: [carrier as SkeletonJoint],
        inverseBind: [[...node.getMatrix()]],
        jointIndex: new Uint8Array(n * 4),
        weightBytes: Uint8Array.from({ length: n * 4 }, (_, i) => (i % 4 ? 0 : 255)),
        weightsNormalized: true,
        hangs: true,
      });
      continue;
    }
    const ibm = skin.getInverseBindMatrices()!;
    const weights = prim.getAttribute('WEIGHTS_0')!;
    out.set(node.getName(), {
      name: node.getName(),
      raw,
      indices: new Uint32Array(prim.getIndices()!.getArray()!),
      joints: skin.listJoints().map((j) => parseJointNode(j.getName()) as SkeletonJoint),
      inverseBind: skin.listJoints().map((_, k) => ibm.getElement(k, [])),
      jointIndex: prim.getAttribute('JOINTS_0')!.getArray()!,
      weightBytes: weights.getArray()!,
      weightsNormalized: weights.getNormalized(),
      hangs: false,
    });
  }
  return out;
}

/** Every joint's world matrix in a pose, down the file's hierarchy with the pose's local matrices. */
export function jointWorlds(doc: Document, pose: Pose): Map<SkeletonJoint, number[]> {
  const local = jointLocalTransforms(boneTransforms(pose));
  const worlds = new Map<Node, number[]>();
  const world = (node: Node): number[] => {
    const known = worlds.get(node);
    if (known) return known;
    const body = parseJointNode(node.getName()) as Bone | null;
    const own = body ? rigidMatrix(local[body]) : [...node.getMatrix()];
    const parent = node.getParentNode();
    const result = parent ? multiplyMat4(world(parent), own) : own;
    worlds.set(node, result);
    return result;
  };
  const out = new Map<SkeletonJoint, number[]>();
  for (const node of doc.getRoot().listNodes()) {
    const body = parseJointNode(node.getName());
    if (body) out.set(body as SkeletonJoint, world(node));
  }
  return out;
}

/** The mesh's vertices posed by its skin (metres, model space). */
export function posedPositions(mesh: SkinnedMesh, worlds: ReadonlyMap<SkeletonJoint, number[]>): Float64Array {
  const skinning = mesh.joints.map((j, k) => multiplyMat4(worlds.get(j)!, mesh.inverseBind[k]!));
  const n = mesh.raw.length / 3;
  const out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    const [x, y, z] = [mesh.raw[i * 3]!, mesh.raw[i * 3 + 1]!, mesh.raw[i * 3 + 2]!];
    for (let k = 0; k < 4; k++) {
      const w = mesh.weightBytes[i * 4 + k]! / 255;
      if (w === 0) continue;
      const m = skinning[mesh.jointIndex[i * 4 + k]!]!;
      for (let c = 0; c < 3; c++) out[i * 3 + c]! += w * (m[c]! * x + m[4 + c]! * y + m[8 + c]! * z + m[12 + c]!);
    }
  }
  return out;
}
