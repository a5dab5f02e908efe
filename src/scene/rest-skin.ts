import {
  Matrix4,
  Mesh,
  SkinnedMesh,
  type BufferAttribute,
  type InterleavedBufferAttribute,
  type Object3D,
} from 'three';

/**
 * The skinned model at rest, drawn as plain meshes. At rest every joint's skinning matrix is the
 * same for all joints of a mesh (the inverse bind matrices hold only the joint's rest position and
 * the quantization of the mesh), so a plain mesh with that matrix as its transform is the skinned
 * mesh exactly, and costs no bone texture, no skinning in the vertex shader and no per-vertex
 * joints on the GPU. Picking trees, zone painting and the model-space positions work on it as on
 * an unskinned model. The skinned mesh is kept (`userData.skinned`), with its joints and weights,
 * for when the head is posed.
 */

export interface RestSkin {
  readonly skinned: SkinnedMesh;
  readonly skinIndex: BufferAttribute | InterleavedBufferAttribute;
  readonly skinWeight: BufferAttribute | InterleavedBufferAttribute;
}

/** The matrix that takes the skinned mesh's stored positions to world space at rest. */
function restWorldMatrix(mesh: SkinnedMesh): Matrix4 {
  const bone = mesh.skeleton.bones[0]!;
  return new Matrix4().multiplyMatrices(bone.matrixWorld, mesh.skeleton.boneInverses[0]!).multiply(mesh.bindMatrix);
}

/** Replaces every skinned mesh under `root` by a plain mesh in the same place at rest; returns how many. */
export function drawSkinnedMeshesAtRest(root: Object3D): number {
  root.updateMatrixWorld(true);
  const skinned: SkinnedMesh[] = [];
  root.traverse((o) => {
    if (o instanceof SkinnedMesh) skinned.push(o);
  });
  for (const mesh of skinned) {
    const parent = mesh.parent!;
    const geometry = mesh.geometry;
    const rest: RestSkin = {
      skinned: mesh,
      skinIndex: geometry.getAttribute('skinIndex'),
      skinWeight: geometry.getAttribute('skinWeight'),
    };
    // Not uploaded while the head is at rest: the plain mesh's shader never reads them.
    geometry.deleteAttribute('skinIndex');
    geometry.deleteAttribute('skinWeight');
    const plain = new Mesh(geometry, mesh.material);
    plain.name = mesh.name;
    plain.userData = { ...mesh.userData, restSkin: rest };
    plain.renderOrder = mesh.renderOrder;
    plain.visible = mesh.visible;
    const local = new Matrix4().copy(parent.matrixWorld).invert().multiply(restWorldMatrix(mesh));
    local.decompose(plain.position, plain.quaternion, plain.scale);
    parent.add(plain);
    parent.remove(mesh);
  }
  root.updateMatrixWorld(true);
  return skinned.length;
}
