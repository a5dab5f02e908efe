import {
  BufferGeometry,
  Float32BufferAttribute,
  Group,
  Matrix4,
  MeshBasicMaterial,
  Mesh,
  Bone,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
  Vector3,
} from 'three';
import { describe, expect, it } from 'vitest';
import { drawSkinnedMeshesAtRest, type RestSkin } from '../../src/scene/rest-skin';

/**
 * A skinned mesh as the model's file gives it: positions in a quantized frame, two joints away
 * from the origin, inverse bind matrices that hold the joint's rest position and the quantization.
 */
function quantizedSkinnedMesh(): { root: Group; mesh: SkinnedMesh; expected: Vector3[] } {
  const root = new Group();
  const lower = new Bone();
  lower.position.set(0, -0.1, 0);
  const upper = new Bone();
  upper.position.set(0, 0.05, 0.01);
  lower.add(upper);
  root.add(lower);
  root.updateMatrixWorld(true);
  // Stored = (model - offset) / scale, as glTF Transform quantizes a mesh.
  const offset = new Vector3(0.02, -0.08, 0.03);
  const scale = 0.05;
  const dequantize = new Matrix4()
    .makeTranslation(offset.x, offset.y, offset.z)
    .scale(new Vector3(scale, scale, scale));
  const expected = [new Vector3(0, -0.1, 0), new Vector3(0.03, -0.05, 0.02), new Vector3(-0.02, -0.06, 0.04)];
  const stored = expected.flatMap((p) => p.clone().sub(offset).divideScalar(scale).toArray());
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(stored, 3));
  geometry.setIndex([0, 1, 2]);
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute([0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0], 4));
  geometry.setAttribute('skinWeight', new Float32BufferAttribute([0.5, 0.5, 0, 0, 1, 0, 0, 0, 0.3, 0.7, 0, 0], 4));
  const bones = [lower, upper];
  const inverses = bones.map((b) => b.matrixWorld.clone().invert().multiply(dequantize));
  const mesh = new SkinnedMesh(geometry, new MeshBasicMaterial());
  mesh.name = 'skin';
  mesh.userData.name = 'skin';
  root.add(mesh);
  mesh.bind(new Skeleton(bones, inverses), new Matrix4());
  return { root, mesh, expected };
}

describe('drawSkinnedMeshesAtRest', () => {
  it('replaces a skinned mesh by a plain one exactly where the skin puts it at rest', () => {
    const { root, mesh, expected } = quantizedSkinnedMesh();
    // What three's skinning computes at rest, vertex by vertex.
    const skinned = expected.map((_, i) => mesh.getVertexPosition(i, new Vector3()).applyMatrix4(mesh.matrixWorld));
    expect(drawSkinnedMeshesAtRest(root)).toBe(1);
    const plain = root.children.find((o) => o instanceof Mesh && !(o instanceof SkinnedMesh)) as Mesh;
    expect(plain).toBeDefined();
    expect(root.children).not.toContain(mesh);
    expect(plain.userData.name).toBe('skin');
    const position = plain.geometry.getAttribute('position');
    expected.forEach((p, i) => {
      const world = new Vector3().fromBufferAttribute(position, i).applyMatrix4(plain.matrixWorld);
      expect(world.distanceTo(p)).toBeLessThan(1e-6);
      expect(world.distanceTo(skinned[i]!)).toBeLessThan(1e-6);
    });
  });

  it('keeps the joints and weights for posing, off the GPU while at rest', () => {
    const { root, mesh } = quantizedSkinnedMesh();
    drawSkinnedMeshesAtRest(root);
    const plain = root.children.find((o) => o instanceof Mesh) as Mesh;
    expect(plain.geometry.getAttribute('skinIndex')).toBeUndefined();
    const rest = plain.userData.restSkin as RestSkin;
    expect(rest.skinned).toBe(mesh);
    expect(rest.skinWeight.count).toBe(3);
  });
});
