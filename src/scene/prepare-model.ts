import { BufferAttribute, Mesh, Texture, Vector3, type Material, type Object3D } from 'three';
import type { MuscleSide } from '../state';
import {
  BONE_PREFIX,
  missingFromContract,
  missingJoints,
  parseContextNode,
  parseLandmarkNode,
  parseMuscleNode,
  SKIN_NODE,
} from '../model-contract';
import { createMaterials, type ModelMaterials } from './materials';
import { drawSkinnedMeshesAtRest } from './rest-skin';
import { tissueAttributes } from './tissue-shading';

/** What a mesh is, found from its own name or its nearest named ancestor. */
export type PartKind =
  | { kind: 'skin' }
  | { kind: 'bone' }
  | { kind: 'muscle'; muscle: MuscleSide }
  /** Context: named on hover, never a muscle. `name` is the contract name after `context:`. */
  | { kind: 'context'; name: string };

/** A head surface that can show zones: its model-space positions are computed once. */
export interface Surface {
  readonly mesh: Mesh;
  readonly positions: Float32Array;
  readonly zone: BufferAttribute;
  readonly paint: BufferAttribute;
}

export interface PreparedModel {
  readonly root: Object3D;
  readonly skin: readonly Surface[];
  readonly bones: readonly Surface[];
  readonly muscles: ReadonlyMap<string, readonly Mesh[]>;
  /** Context meshes by contract name after `context:` (e.g. `eye-left`). */
  readonly context: ReadonlyMap<string, Mesh>;
  readonly landmarks: ReadonlyMap<string, Vector3>;
  readonly materials: ModelMaterials;
  readonly missing: readonly string[];
  /** Whether the model has every `joint:` node of the skeleton, so it can take a pose. */
  readonly posable: boolean;
}

export const muscleKey = (m: MuscleSide): string => `${m.muscleId}:${m.side}`;

/**
 * The node's name as written in the file. three's GLTFLoader strips ':' from `object.name`
 * (it is reserved for animation paths) and keeps the original in `userData.name`.
 */
export function contractName(o: Object3D): string {
  const original: unknown = o.userData.name;
  return typeof original === 'string' ? original : o.name;
}

function kindOf(object: Object3D): PartKind | null {
  for (let o: Object3D | null = object; o; o = o.parent) {
    const name = contractName(o);
    if (name === SKIN_NODE) return { kind: 'skin' };
    if (name.startsWith(BONE_PREFIX)) return { kind: 'bone' };
    const muscle = parseMuscleNode(name);
    if (muscle) return { kind: 'muscle', muscle };
    if (parseContextNode(name)) return { kind: 'context', name: name.slice(name.indexOf(':') + 1) };
  }
  return null;
}

function toSurface(mesh: Mesh): Surface {
  const geometry = mesh.geometry;
  const source = geometry.getAttribute('position');
  const n = source.count;
  // World = model space (the root is untransformed), which is where the mapping's zones live;
  // this also undoes any quantisation transform a compressor put on the node.
  const positions = new Float32Array(n * 3);
  const v = new Vector3();
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(source, i).applyMatrix4(mesh.matrixWorld);
    positions[i * 3] = v.x;
    positions[i * 3 + 1] = v.y;
    positions[i * 3 + 2] = v.z;
  }
  const zone = new BufferAttribute(new Float32Array(n * 2), 2);
  const paint = new BufferAttribute(new Float32Array(n), 1);
  geometry.setAttribute('zone', zone);
  geometry.setAttribute('paint', paint);
  return { mesh, positions, zone, paint };
}

/**
 * The optional per-vertex data (src/model-contract/attributes.ts) under the names the tissue
 * shader reads (the same buffers, not copies). A mesh without them reads the materials' constant
 * defaults instead, so a clinic's model without them draws plain surfaces.
 */
function aliasTissueAttributes(mesh: Mesh): void {
  const g = mesh.geometry;
  const alias = (from: string, to: string) => {
    const a = g.getAttribute(from);
    if (a) g.setAttribute(to, a);
  };
  alias('color', tissueAttributes.occlusion);
  alias('uv', tissueAttributes.fibreUv);
  alias('tangent', tissueAttributes.fibreTangent);
  alias('uv1', tissueAttributes.tendon);
}

/** Classifies the model's meshes by the naming contract and gets them ready to draw and pick. */
export function prepareModel(root: Object3D): PreparedModel {
  drawSkinnedMeshesAtRest(root);
  const materials = createMaterials();
  const skin: Surface[] = [];
  const bones: Surface[] = [];
  const muscles = new Map<string, Mesh[]>();
  const context = new Map<string, Mesh>();
  const landmarks = new Map<string, Vector3>();
  const names: string[] = [];
  root.traverse((o) => {
    const name = contractName(o);
    if (name) names.push(name);
    const landmark = parseLandmarkNode(name);
    if (landmark) landmarks.set(landmark, o.getWorldPosition(new Vector3()));
    if (!(o instanceof Mesh)) return;
    const part = kindOf(o);
    if (!o.geometry.getAttribute('normal')) o.geometry.computeVertexNormals();
    if (!part) return;
    o.userData.part = part;
    aliasTissueAttributes(o);
    // The file's own materials are replaced by the viewer's, which show zones and selection.
    disposeMaterials(materialsOf(o));
    if (part.kind === 'skin') {
      o.material = materials.skin;
      o.renderOrder = 2;
      skin.push(toSurface(o));
    } else if (part.kind === 'bone') {
      o.material = materials.bone;
      bones.push(toSurface(o));
    } else if (part.kind === 'context') {
      o.material = materials.context;
      context.set(part.name, o);
    } else {
      o.material = materials.muscle;
      o.userData.baseMaterial = o.material;
      const key = muscleKey(part.muscle);
      muscles.set(key, [...(muscles.get(key) ?? []), o]);
    }
  });
  const missing = missingFromContract(names);
  const posable = missingJoints(names).length === 0;
  return { root, skin, bones, muscles, context, landmarks, materials, missing, posable };
}

const materialsOf = (mesh: Mesh): Material[] => (Array.isArray(mesh.material) ? mesh.material : [mesh.material]);

/**
 * Disposes materials and the textures they hold (a material's own dispose() leaves its maps on
 * the GPU), each once even when shared.
 */
function disposeMaterials(materials: Iterable<Material>): void {
  const textures = new Set<Texture>();
  for (const material of materials) {
    for (const value of Object.values(material)) if (value instanceof Texture) textures.add(value);
    material.dispose();
  }
  for (const texture of textures) texture.dispose();
}

/**
 * Gives back everything a model holds on the GPU once it is replaced: every geometry (and its
 * picking tree), the viewer's materials, and the materials and textures the file brought for
 * meshes outside the naming contract, which keep their own.
 */
export function disposeModel(model: PreparedModel): void {
  const materials = new Set<Material>(model.materials.all);
  model.root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    o.geometry.disposeBoundsTree?.();
    o.geometry.dispose();
    for (const m of materialsOf(o)) materials.add(m);
  });
  disposeMaterials(materials);
}
