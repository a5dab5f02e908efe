import { BufferAttribute, Mesh, SkinnedMesh, Vector3, type Material, type Object3D } from 'three';
import { JOINT_PREFIX } from '../model-contract';
import { jointLocalTransforms, type Bone, type BoneTransforms } from '../movement';
import { cpuSkin, type CpuSkin } from './skinning-way';
import { contractName } from './prepare-model';
import { forgetPosedCopy, raycastPosed } from './posed-picking';
import type { RestSkin } from './rest-skin';

/**
 * Posing the loaded model. At rest the skinned meshes are drawn as plain meshes (`rest-skin.ts`),
 * which cost no skinning. While posed, each plain mesh stays in the scene, with everything the
 * viewer sets on it (visibility, material, picking data), but is moved to a layer no camera or
 * ray sees, and its skinned twin hangs beneath it: drawn with the plain mesh's material (read
 * through, so a highlight shows at once) from the same geometry, whose zone and paint attributes
 * therefore stay painted on the moving skin. A skinned mesh bound in attached mode is drawn where
 * its joints put it wherever it hangs. Back at rest the twins are taken away again. A ray that
 * meets a twin is answered on its plain rest mesh (`posed-picking.ts`).
 *
 * On a software renderer the twin is instead a plain mesh skinned on the CPU once per pose
 * (`cpu-skin.ts`), sharing the same attributes but its positions, normals and fibre directions.
 */

/** A layer nothing draws or picks: the plain mesh waits there while its skinned twin is shown. */
const RESTING_LAYER = 31;

export interface PoseRig {
  /** The `joint:<body>` nodes. */
  readonly joints: ReadonlyMap<Bone, Object3D>;
  /** The plain meshes drawn at rest in place of a skinned mesh. */
  readonly plain: readonly Mesh[];
}

const restSkinOf = (mesh: Mesh): RestSkin | undefined => mesh.userData.restSkin as RestSkin | undefined;

/** The model's skeleton and skinned meshes; null for a model without joints (a clinic's may have none). */
export function findRig(root: Object3D): PoseRig | null {
  const joints = new Map<Bone, Object3D>();
  const plain: Mesh[] = [];
  root.traverse((o) => {
    const name = contractName(o);
    if (name.startsWith(JOINT_PREFIX)) joints.set(name.slice(JOINT_PREFIX.length) as Bone, o);
    if (o instanceof Mesh && restSkinOf(o)) plain.push(o);
  });
  return joints.size > 0 ? { joints, plain } : null;
}

/** The skinned twin of a plain mesh, made ready once: its material is always the plain mesh's. */
function twinOf(plain: Mesh, rest: RestSkin): SkinnedMesh {
  const twin = rest.skinned;
  if (!twin.userData.twinned) {
    Object.defineProperty(twin, 'material', { get: (): Material | Material[] => plain.material, set: () => {} });
    twin.userData = { twinned: true };
    // Its bounds would be found by skinning every vertex on the CPU; the head is always in view.
    twin.frustumCulled = false;
    // A ray finds the posed surface and reports the rest mesh's point under it (`posed-picking.ts`).
    const posedWorld = (i: number, out: Vector3) => twin.getVertexPosition(i, out).applyMatrix4(twin.matrixWorld);
    twin.raycast = (raycaster, out) => raycastPosed(twin, posedWorld, plain, raycaster, out);
  }
  twin.renderOrder = plain.renderOrder;
  twin.visible = true;
  twin.userData.posedTwin = true;
  return twin;
}

/** The twin skinned on the CPU while posed (made on the first pose, dropped back at rest). */
const cpuTwins = new WeakMap<Mesh, Mesh>();

function cpuTwinOf(plain: Mesh, cpu: CpuSkin): Mesh {
  const known = cpuTwins.get(plain);
  if (known) return known;
  const twin = cpu.cpuSkinnedCopy(plain);
  const posedWorld = (i: number, out: Vector3) =>
    out.fromBufferAttribute(twin.geometry.getAttribute('position'), i).applyMatrix4(plain.matrixWorld);
  twin.raycast = (raycaster, out) => raycastPosed(twin, posedWorld, plain, raycaster, out);
  twin.frustumCulled = false;
  twin.userData = { posedTwin: true };
  cpuTwins.set(plain, twin);
  return twin;
}

function showSkinned(plain: Mesh, cpu: CpuSkin | null): void {
  const rest = restSkinOf(plain)!;
  // Posed the other way (the CPU's code arrived while posed): back to rest first.
  if (plain.layers.isEnabled(RESTING_LAYER) && cpuTwins.has(plain) !== (cpu !== null)) showPlain(plain);
  if (plain.layers.isEnabled(RESTING_LAYER)) return;
  plain.layers.set(RESTING_LAYER);
  if (cpu) {
    const twin = cpuTwinOf(plain, cpu);
    twin.renderOrder = plain.renderOrder;
    plain.add(twin);
    return;
  }
  const g = plain.geometry;
  g.setAttribute('skinIndex', rest.skinIndex as BufferAttribute);
  g.setAttribute('skinWeight', rest.skinWeight as BufferAttribute);
  plain.add(twinOf(plain, rest));
}

function showPlain(plain: Mesh): void {
  const rest = restSkinOf(plain)!;
  if (!plain.layers.isEnabled(RESTING_LAYER)) return;
  plain.layers.set(0);
  const cpuTwin = cpuTwins.get(plain);
  if (cpuTwin) {
    plain.remove(cpuTwin);
    forgetPosedCopy(cpuTwin);
    // Its own attributes (posed positions, normals, fibres) are freed; the shared ones are the plain mesh's.
    cpuTwin.geometry.dispose();
    cpuTwins.delete(plain);
    return;
  }
  plain.remove(rest.skinned);
  // The plain mesh's shader never reads them: at rest they are not uploaded.
  plain.geometry.deleteAttribute('skinIndex');
  plain.geometry.deleteAttribute('skinWeight');
}

/** Sets every joint as the transforms say (`jointLocalTransforms`): rigid bones hanging from them follow. */
function setJoints(rig: PoseRig, transforms: BoneTransforms): void {
  const local = jointLocalTransforms(transforms);
  for (const [body, node] of rig.joints) {
    const t = local[body];
    node.position.set(...t.translation);
    node.quaternion.set(...t.rotation);
  }
}

/**
 * Draws the model in a pose (null: at rest, as plain meshes again), skinned in the vertex shader
 * or, given the CPU skinning, on the CPU (by default on a software renderer once it has loaded:
 * `skinning-way.ts`).
 */
export function poseModel(
  rig: PoseRig,
  root: Object3D,
  transforms: BoneTransforms | null,
  rest: BoneTransforms,
  cpu: CpuSkin | null = cpuSkin(),
): void {
  setJoints(rig, transforms ?? rest);
  for (const plain of rig.plain) {
    const twin = cpuTwins.get(plain) ?? restSkinOf(plain)!.skinned;
    forgetPosedCopy(twin);
    if (transforms) showSkinned(plain, cpu);
    else showPlain(plain);
  }
  root.updateMatrixWorld(true);
  if (!transforms || !cpu) return;
  for (const plain of rig.plain) cpu.skinOnCpu(cpuTwins.get(plain)!, plain, restSkinOf(plain)!);
}
