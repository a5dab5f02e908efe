import {
  Bone,
  BufferGeometry,
  Float32BufferAttribute,
  Group,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
  Vector3,
} from 'three';
import { jointParent, skeletonJoints } from '../../src/model-contract';
import { jointOrigins } from '../../src/movement';
import { drawSkinnedMeshesAtRest } from '../../src/scene/rest-skin';

/**
 * The model's skeleton as its file gives it (joints at their rest origins, inverse binds the
 * translation by minus each origin), a neck mesh skinned between C4 and the skull, and a bone
 * hanging from the skull's joint.
 */
export function skinnedRig() {
  const root = new Group();
  const joints = new Map<string, Bone>();
  for (const body of skeletonJoints) {
    const joint = new Bone();
    joint.name = `joint:${body}`;
    const parent = jointParent[body];
    const at = jointOrigins[body];
    const from = parent ? jointOrigins[parent] : [0, 0, 0];
    joint.position.set(at[0] - from[0], at[1] - from[1], at[2] - from[2]);
    (parent ? joints.get(parent)! : root).add(joint);
    joints.set(body, joint);
  }
  root.updateMatrixWorld(true);
  const rest = [new Vector3(0, 0.1, 0.02), new Vector3(0.03, 0.06, 0.0), new Vector3(-0.02, 0.03, 0.01)];
  const geometry = new BufferGeometry();
  geometry.setAttribute(
    'position',
    new Float32BufferAttribute(
      rest.flatMap((p) => p.toArray()),
      3,
    ),
  );
  geometry.setIndex([0, 1, 2]);
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
  geometry.setAttribute('fibreTangent', new Float32BufferAttribute([1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, -1], 4));
  geometry.setAttribute('zone', new Float32BufferAttribute([0, 0.5, 1], 1));
  // Joint 0 is C4, joint 1 the skull.
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute([1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0], 4));
  geometry.setAttribute('skinWeight', new Float32BufferAttribute([1, 0, 0, 0, 0.4, 0.6, 0, 0, 1, 0, 0, 0], 4));
  const bones = [joints.get('c4')!, joints.get('skull')!];
  const inverses = bones.map((b) => b.matrixWorld.clone().invert());
  const neck = new SkinnedMesh(geometry, new MeshBasicMaterial());
  neck.name = 'skin';
  root.add(neck);
  neck.bind(new Skeleton(bones, inverses), new Matrix4());
  const skull = new Mesh(new BufferGeometry(), new MeshBasicMaterial());
  const skullJoint = joints.get('skull')!;
  skull.position.copy(skullJoint.getWorldPosition(new Vector3()).negate());
  skullJoint.add(skull);
  drawSkinnedMeshesAtRest(root);
  const plain = root.children.find((o): o is Mesh => o instanceof Mesh)!;
  return { root, plain, skull, rest };
}
