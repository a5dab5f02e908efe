import { Document, NodeIO, type Accessor, type Material, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { mmToM } from '../../src/mapping/units';
import { ROOT_NODE, vertexAttributes } from '../../src/model-contract';
import { flipFlatTriangles, joinCoincident } from './flat-triangles';
import { modelEncoder } from './octahedral';
import type { TriMesh } from './mesh';
import { vertexNormals } from './normals';
import { addSkeleton, skinMeshNode, type Skinning } from './skeleton';

export type Tissue = 'bone' | 'muscle' | 'skin' | 'context';

export interface NamedMesh {
  readonly name: string;
  readonly tissue: Tissue;
  readonly mesh: TriMesh;
  /** Baked ambient occlusion, one grey per vertex (1 open, 0 enclosed): written as COLOR_0. */
  readonly occlusion?: Float32Array;
  /** Joints and weights of the skeleton (`skeleton.ts`); without them the mesh is not skinned. */
  readonly skinning?: Skinning;
}

export interface NamedPoint {
  readonly name: string;
  /** Model space, metres. */
  readonly position: readonly [number, number, number];
}

/** One IO for writing and reading: meshopt-compressed, quantized geometry. */
export async function modelIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': modelEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/**
 * glTF's metallicFactor defaults to 1 (chrome in any other viewer): every tissue is a
 * dielectric, so it is set to 0 everywhere; roughness from how wet and fibrous each looks.
 * The viewer draws its own materials; these are for other glTF viewers.
 */
function materials(doc: Document): Record<Tissue, Material> {
  const tissue = (name: string, rgba: [number, number, number, number], roughness: number): Material =>
    doc.createMaterial(name).setBaseColorFactor(rgba).setMetallicFactor(0).setRoughnessFactor(roughness);
  return {
    // Ivory: dry bone is warm off-white, a little glossy.
    bone: tissue('bone', [0.89, 0.85, 0.74, 1], 0.6),
    // Muscle red (linear); COLOR_0 multiplies in the baked occlusion. Tendons (TEXCOORD_1 x) are
    // drawn paler and glossier (about 0.35) by the viewer.
    muscle: tissue('muscle', [0.45, 0.12, 0.09, 1], 0.5),
    skin: tissue('skin', [0.88, 0.69, 0.58, 0.35], 0.55).setAlphaMode('BLEND'),
    // Context (larynx, eyes, the facial and strap muscles without trigger points): a neutral grey.
    context: tissue('context', [0.55, 0.56, 0.58, 1], 0.6),
  };
}

/**
 * Writes meshes (millimetres) and landmark empties into one glb, in metres. Every node hangs
 * from one untransformed root so model space equals world space.
 */
export async function writeModel(meshes: readonly NamedMesh[], points: readonly NamedPoint[]): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const mats = materials(doc);
  const root = doc.createNode(ROOT_NODE);
  const scene = doc.createScene(ROOT_NODE).addChild(root);
  doc.getRoot().setDefaultScene(scene);
  const joints = meshes.some((m) => m.skinning) ? addSkeleton(doc, root) : null;
  for (const { name, tissue, mesh, occlusion, skinning } of meshes) {
    // Fresh ArrayBuffer-backed copies: glTF-Transform accepts no shared or resizable buffers.
    const metres = Float32Array.from(mesh.positions, mmToM);
    const prim = doc
      .createPrimitive()
      .setMaterial(mats[tissue])
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(flipFlatTriangles(mesh.positions, joinCoincident(mesh.positions, mesh.indices)).indices)
          .setBuffer(buffer),
      )
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(metres).setBuffer(buffer))
      .setAttribute(
        'NORMAL',
        doc
          .createAccessor()
          .setType('VEC3')
          .setArray(new Float32Array(vertexNormals(mesh)))
          .setBuffer(buffer),
      );
    if (occlusion) {
      // A grey: the same value in red, green and blue (src/model-contract/attributes.ts).
      const grey = new Float32Array(occlusion.length * 3);
      for (let i = 0; i < occlusion.length; i++) grey.fill(occlusion[i]!, i * 3, i * 3 + 3);
      const accessor = doc.createAccessor().setType('VEC3').setArray(grey).setBuffer(buffer);
      prim.setAttribute(vertexAttributes.ambientOcclusion, accessor);
    }
    for (const { semantic, type, array } of mesh.extra ?? []) {
      prim.setAttribute(
        semantic,
        doc.createAccessor().setType(type).setArray(new Float32Array(array)).setBuffer(buffer),
      );
    }
    const node: Node = doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim));
    root.addChild(node);
    if (skinning && joints) skinMeshNode(doc, root, buffer, joints, node, prim, skinning);
  }
  for (const { name, position } of points) {
    root.addChild(doc.createNode(name).setTranslation([position[0], position[1], position[2]]));
  }
  // 16-bit positions (about 0.01 mm here): 14 bits flattened a few tiny triangles to nothing.
  // Normals and fibre directions in 8 bits (within about half a degree, finer than any shading
  // shows), stored octahedral ('high': meshopt's filters, octahedral.ts), keep the skinned model
  // inside its 3,000,000-byte budget.
  // Fibre coordinates and tendon share in 8 bits: u and v land within a 510th of a muscle's width
  // and length (under 0.4 mm on the longest), finer than any striation or tendon edge shows, at
  // half the bytes of 12 bits stored in 16.
  // Skin weights keep the slots the generator chose (skeleton.ts), not sorted heaviest first.
  await doc.transform(
    meshopt({
      encoder: modelEncoder,
      level: 'high',
      quantizePosition: 16,
      quantizeNormal: 8,
      quantizeTexcoord: 8,
      normalizeWeights: false,
    }),
  );
  unshareAccessors(doc);
  const io = await modelIO();
  return io.writeBinary(doc);
}

/**
 * Gives every primitive its own accessors. Quantizing merges identical arrays, and muscles swept
 * on the same grid have identical index lists; but a viewer may rework a mesh's arrays in place
 * (three-mesh-bvh sorts the index when it builds a picking tree), and a shared index reworked
 * for one muscle no longer fits the other, which then cannot be picked.
 */
function unshareAccessors(doc: Document): void {
  const seen = new Set<Accessor>();
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const indices = prim.getIndices();
      if (indices) {
        if (seen.has(indices)) prim.setIndices(indices.clone());
        else seen.add(indices);
      }
      for (const semantic of prim.listSemantics()) {
        const attribute = prim.getAttribute(semantic)!;
        if (seen.has(attribute)) prim.setAttribute(semantic, attribute.clone());
        else seen.add(attribute);
      }
    }
  }
}
