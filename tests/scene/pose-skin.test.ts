import { Raycaster, Mesh, MeshBasicMaterial, Quaternion, SkinnedMesh, Vector3, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { distance } from '../../src/mapping/vec';
import { skeletonJoints } from '../../src/model-contract';
import { boneTransforms, NEUTRAL, posedPoint, stretchPose, stretches } from '../../src/movement';
import * as cpuSkin from '../../src/scene/cpu-skin';
import { findRig, poseModel } from '../../src/scene/pose-skin';
import { carriedBy, placeCarried } from '../../src/scene/posed-points';
import { skinnedRig as rig } from './skinned-rig';

const pose = stretchPose(
  stretches.find((s) => s.id === 'upper-trapezius')!,
  'left',
);
const posed = boneTransforms(pose);
const REST = boneTransforms(NEUTRAL);
const v = (p: Vector3) => p.toArray() as [number, number, number];
const twinCount = (root: Object3D) => {
  let n = 0;
  root.traverse((o) => void (o.userData.posedTwin === true && n++));
  return n;
};

/** Where the posed twin draws vertex `i`, world space: three's skinning, or the CPU's posed copy. */
function drawnAt(twin: Mesh, i: number): Vector3 {
  if (twin instanceof SkinnedMesh) return twin.getVertexPosition(i, new Vector3()).applyMatrix4(twin.matrixWorld);
  return new Vector3().fromBufferAttribute(twin.geometry.getAttribute('position'), i).applyMatrix4(twin.matrixWorld);
}

describe.each([
  ['in the vertex shader', null],
  ['on the CPU', cpuSkin],
])('posing the model, skinned %s', (_, cpu) => {
  const onCpu = cpu !== null;
  it('draws the posed twin where the movement layer puts each vertex, and the plain mesh again at rest', () => {
    const { root, plain, skull, rest } = rig();
    const found = findRig(root)!;
    expect(found.joints.size).toBe(skeletonJoints.length);
    expect(found.plain).toEqual([plain]);
    plain.renderOrder = 2;
    poseModel(found, root, posed, REST, cpu);
    const twin = plain.children[0] as Mesh;
    expect(twin instanceof SkinnedMesh).toBe(!onCpu);
    // Drawn in the plain mesh's turn: the see-through skin after what it covers.
    expect(twin.renderOrder).toBe(2);
    expect(twinCount(root)).toBe(1);
    expect(plain.layers.isEnabled(0)).toBe(false);
    // Skinned on the CPU, nothing uploads the joints and weights.
    expect(plain.geometry.getAttribute('skinWeight') !== undefined).toBe(!onCpu);
    // The twin always draws with the plain mesh's material, e.g. a highlight set after posing.
    plain.material = new MeshBasicMaterial({ color: 'gold' });
    expect(twin.material).toBe(plain.material);
    const at = (i: number) => v(drawnAt(twin, i));
    expect(distance(at(0), posedPoint(posed, 'skull', v(rest[0]!)))).toBeLessThan(1e-6);
    const blend = placeCarried(
      {
        rest: v(rest[1]!),
        carriers: [
          { bone: 'c4', weight: 0.4 },
          { bone: 'skull', weight: 0.6 },
        ],
      },
      posed,
    );
    expect(distance(at(1), blend)).toBeLessThan(1e-6);
    // A rigid bone follows its joint.
    expect(distance(v(skull.getWorldPosition(new Vector3())), posedPoint(posed, 'skull', [0, 0, 0]))).toBeLessThan(
      1e-6,
    );
    expect(distance(at(0), v(rest[0]!))).toBeGreaterThan(0.005);

    poseModel(found, root, null, REST, cpu);
    expect(twinCount(root)).toBe(0);
    expect(plain.layers.isEnabled(0)).toBe(true);
    expect(plain.geometry.getAttribute('skinIndex')).toBeUndefined();
    expect(distance(v(skull.getWorldPosition(new Vector3())), [0, 0, 0])).toBeLessThan(1e-9);
  });

  it('answers a ray on the posed head with the rest point at the same place on the same triangle', () => {
    const { root, plain, rest } = rig();
    const found = findRig(root)!;
    poseModel(found, root, posed, REST, cpu);
    const twin = plain.children[0] as Mesh;
    const corner = (i: number) => drawnAt(twin, i);
    // A ray through a point a quarter of the way along the posed triangle, from in front.
    const target = corner(0).multiplyScalar(0.5).addScaledVector(corner(1), 0.25).addScaledVector(corner(2), 0.25);
    const normal = new Vector3().crossVectors(corner(1).sub(corner(0)), corner(2).sub(corner(0))).normalize();
    const ray = new Raycaster(target.clone().addScaledVector(normal, 0.2), normal.clone().negate());
    const hit = ray.intersectObject(root, true)[0]!;
    expect(hit.object).toBe(plain);
    const expected = rest[0]!
      .clone()
      .multiplyScalar(0.5)
      .addScaledVector(rest[1]!, 0.25)
      .addScaledVector(rest[2]!, 0.25);
    expect(hit.point.distanceTo(expected)).toBeLessThan(1e-6);
    expect(target.distanceTo(expected)).toBeGreaterThan(0.005);
  });
});

describe('posing the model on the CPU', () => {
  it('turns normals and fibre directions with the joints, shares the painting, and re-skins on each pose', () => {
    const { root, plain } = rig();
    const found = findRig(root)!;
    poseModel(found, root, posed, REST, cpuSkin);
    const twin = plain.children[0] as Mesh;
    const g = twin.geometry;
    // Vertex 0 rides the skull alone: its normal and fibre turn as the skull does; the fibre keeps its sign.
    const skullTurn = found.joints.get('skull')!.getWorldQuaternion(new Quaternion());
    expect(
      new Vector3()
        .fromBufferAttribute(g.getAttribute('normal'), 0)
        .distanceTo(new Vector3(0, 0, 1).applyQuaternion(skullTurn)),
    ).toBeLessThan(1e-6);
    const fibre = g.getAttribute('fibreTangent');
    expect(
      new Vector3(fibre.getX(0), fibre.getY(0), fibre.getZ(0)).distanceTo(
        new Vector3(1, 0, 0).applyQuaternion(skullTurn),
      ),
    ).toBeLessThan(1e-6);
    expect(fibre.getW(2)).toBe(-1);
    expect(skullTurn.angleTo(new Quaternion())).toBeGreaterThan(0.05);
    // The zone's paint is the plain mesh's own attribute: painted once, shown on both.
    expect(g.getAttribute('zone')).toBe(plain.geometry.getAttribute('zone'));
    // A new pose moves the same copy's vertices.
    const before = drawnAt(twin, 0);
    poseModel(found, root, REST, REST, cpuSkin);
    expect(plain.children[0]).toBe(twin);
    expect(drawnAt(twin, 0).distanceTo(before)).toBeGreaterThan(0.005);
    expect(drawnAt(twin, 1).distanceTo(new Vector3(0.03, 0.06, 0))).toBeLessThan(1e-6);
  });

  it('changes ways while posed (the CPU skinning arriving after the first pose) without a twin left over', () => {
    const { root, plain } = rig();
    const found = findRig(root)!;
    poseModel(found, root, posed, REST, null);
    expect(plain.children[0]).toBeInstanceOf(SkinnedMesh);
    poseModel(found, root, posed, REST, cpuSkin);
    expect(plain.children).toHaveLength(1);
    expect(plain.children[0]).not.toBeInstanceOf(SkinnedMesh);
    expect(plain.geometry.getAttribute('skinIndex')).toBeUndefined();
    expect(twinCount(root)).toBe(1);
  });
});

describe('points on the posed model', () => {
  it('carries a point as its nearest skinned vertex is carried, or with the joint a rigid mesh hangs from', () => {
    const { plain, skull, rest } = rig();
    const near = carriedBy([plain], [0.031, 0.061, 0.001])!;
    expect(near.carriers.map((c) => c.bone).sort()).toEqual(['c4', 'skull']);
    expect(near.carriers.find((c) => c.bone === 'skull')!.weight).toBeCloseTo(0.6, 5);
    expect(carriedBy([skull], v(rest[0]!))).toEqual({ rest: v(rest[0]!), carriers: [{ bone: 'skull', weight: 1 }] });
  });
});
