import {
  BufferAttribute,
  BufferGeometry,
  DynamicDrawUsage,
  Mesh,
  Matrix4,
  type Material,
  type SkinnedMesh,
} from 'three';
import type { RestSkin } from './rest-skin';
import { tissueAttributes } from './tissue-shading';

/**
 * Skinning on the CPU, once per pose: for a software renderer (SwiftShader, llvmpipe), which
 * compiles every program on the CPU, on the page's thread. Posed in the vertex shader, the head
 * needs a skinned variant of each of its programs, compiled after the first frame (or stalling the
 * first pose); skinned here, its posed copies draw with the plain programs. Measured with the
 * end-to-end build, four cold loads each, alternating: blocking time 1.4-1.6 s (one 2.7 s)
 * against 2.2-2.6 s with the shader's skinning. A frame costs about the same either way from the
 * same view (rest 276, here 265, in the shader 272 ms, medians of four loads), and posing the
 * head for a playing stretch's frame about 10 ms (median 10.8 here, 10.1 for the shader). A GPU
 * compiles off the page's thread, keeps skinning in the vertex shader, and never loads this
 * module (`skinning-way.ts`).
 *
 * The arithmetic is three's (`skinning_vertex`, `skinnormal_vertex`, and the fibre direction in
 * `tissue-shading.ts`) in attached bind mode, carried into the plain mesh's space, where the posed
 * copy hangs: a vertex goes by the weighted sum of its joints' matrices
 * plainWorld^-1 * joint.matrixWorld * jointInverse * bindMatrix, and its normal and fibre direction
 * by that sum's linear part, as the shader turns them.
 */

/** The skinned mesh's rest data as plain floats, read once (the glb's attributes are quantized). */
interface RestFloats {
  readonly position: Float32Array;
  readonly normal: Float32Array | null;
  readonly fibreTangent: Float32Array | null;
  readonly joints: Uint16Array;
  readonly weights: Float32Array;
}

type Readable = Pick<BufferAttribute, 'count' | 'itemSize' | 'getComponent'>;

function floats(attribute: Readable | undefined): Float32Array | null {
  if (!attribute) return null;
  const out = new Float32Array(attribute.count * attribute.itemSize);
  for (let i = 0, k = 0; i < attribute.count; i++)
    for (let c = 0; c < attribute.itemSize; c++, k++) out[k] = attribute.getComponent(i, c);
  return out;
}

const restFloats = new WeakMap<SkinnedMesh, RestFloats>();

function restOf(rest: RestSkin): RestFloats {
  const known = restFloats.get(rest.skinned);
  if (known) return known;
  const g = rest.skinned.geometry;
  const joints = floats(rest.skinIndex as Readable)!;
  const read: RestFloats = {
    position: floats(g.getAttribute('position') as Readable)!,
    normal: floats(g.getAttribute('normal') as Readable | undefined),
    fibreTangent: floats(g.getAttribute(tissueAttributes.fibreTangent) as Readable | undefined),
    joints: Uint16Array.from(joints),
    weights: floats(rest.skinWeight as Readable)!,
  };
  restFloats.set(rest.skinned, read);
  return read;
}

/** The attributes the posed copy owns; every other one it shares with the plain mesh, painting included. */
const POSED = new Set(['position', 'normal', tissueAttributes.fibreTangent]);
const SKINNING = new Set(['skinIndex', 'skinWeight']);

/**
 * A plain mesh drawing `plain`'s geometry in the current pose, hung beneath it: its own posed
 * position, normal and fibre direction, every other attribute (zone, paint, occlusion) shared, so
 * painting shows on it at once. Drawn with the plain mesh's material, read through.
 */
export function cpuSkinnedCopy(plain: Mesh): Mesh {
  const source = plain.geometry;
  const geometry = new BufferGeometry();
  for (const [name, attribute] of Object.entries(source.attributes)) {
    if (SKINNING.has(name)) continue;
    if (POSED.has(name)) {
      const owned = new BufferAttribute(new Float32Array(attribute.count * attribute.itemSize), attribute.itemSize);
      geometry.setAttribute(name, owned.setUsage(DynamicDrawUsage));
    } else geometry.setAttribute(name, attribute);
  }
  geometry.setIndex(source.index);
  for (const g of source.groups) geometry.addGroup(g.start, g.count, g.materialIndex);
  geometry.setDrawRange(source.drawRange.start, source.drawRange.count);
  const copy = new Mesh(geometry);
  Object.defineProperty(copy, 'material', { get: (): Material | Material[] => plain.material, set: () => {} });
  copy.name = plain.name;
  return copy;
}

const toPlain = new Matrix4();
const jointMatrix = new Matrix4();

/** Each joint's matrix, as 12 numbers (the rows of its upper 3 x 4), into `out`. */
function jointMatrices(skinned: SkinnedMesh, plain: Mesh, out: Float32Array): void {
  toPlain.copy(plain.matrixWorld).invert();
  const { bones, boneInverses } = skinned.skeleton;
  for (let j = 0; j < bones.length; j++) {
    jointMatrix
      .multiplyMatrices(bones[j]!.matrixWorld, boneInverses[j]!)
      .multiply(skinned.bindMatrix)
      .premultiply(toPlain);
    const e = jointMatrix.elements; // column-major
    out.set([e[0]!, e[4]!, e[8]!, e[12]!, e[1]!, e[5]!, e[9]!, e[13]!, e[2]!, e[6]!, e[10]!, e[14]!], j * 12);
  }
}

/**
 * Skins `copy` (made by `cpuSkinnedCopy` for `plain`) in the joints' current pose: their world
 * matrices must be up to date.
 */
export function skinOnCpu(copy: Mesh, plain: Mesh, rest: RestSkin): void {
  const from = restOf(rest);
  const m = new Float32Array(rest.skinned.skeleton.bones.length * 12);
  jointMatrices(rest.skinned, plain, m);
  const g = copy.geometry;
  const position = g.getAttribute('position') as BufferAttribute;
  const normal = g.getAttribute('normal') as BufferAttribute | undefined;
  const tangent = g.getAttribute(tissueAttributes.fibreTangent) as BufferAttribute | undefined;
  const p = position.array as Float32Array;
  const n = from.normal && normal ? (normal.array as Float32Array) : null;
  const t = from.fibreTangent && tangent ? (tangent.array as Float32Array) : null;
  const { joints, weights } = from;
  const b = new Float64Array(12);
  for (let v = 0; v < position.count; v++) {
    b.fill(0);
    for (let k = v * 4; k < v * 4 + 4; k++) {
      const w = weights[k]!;
      if (w === 0) continue;
      const o = joints[k]! * 12;
      for (let e = 0; e < 12; e++) b[e]! += w * m[o + e]!;
    }
    const i = v * 3;
    const x = from.position[i]!;
    const y = from.position[i + 1]!;
    const z = from.position[i + 2]!;
    p[i] = b[0]! * x + b[1]! * y + b[2]! * z + b[3]!;
    p[i + 1] = b[4]! * x + b[5]! * y + b[6]! * z + b[7]!;
    p[i + 2] = b[8]! * x + b[9]! * y + b[10]! * z + b[11]!;
    if (n) turn(b, from.normal!, n, i, i);
    if (t) {
      turn(b, from.fibreTangent!, t, v * 4, v * 4);
      t[v * 4 + 3] = from.fibreTangent![v * 4 + 3]!;
    }
  }
  position.needsUpdate = true;
  if (normal) normal.needsUpdate = true;
  if (tangent) tangent.needsUpdate = true;
}

/** A direction turned by the blended matrix's linear part. */
function turn(b: Float64Array, from: Float32Array, to: Float32Array, i: number, o: number): void {
  const x = from[i]!;
  const y = from[i + 1]!;
  const z = from[i + 2]!;
  to[o] = b[0]! * x + b[1]! * y + b[2]! * z;
  to[o + 1] = b[4]! * x + b[5]! * y + b[6]! * z;
  to[o + 2] = b[8]! * x + b[9]! * y + b[10]! * z;
}
