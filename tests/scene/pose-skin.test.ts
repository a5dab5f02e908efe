import { Raycaster, MeshBasicMaterial, SkinnedMesh, Vector3, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { distance } from '../../src/mapping/vec';
import { skeletonJoints } from '../../src/model-contract';
import { boneTransforms, NEUTRAL, posedPoint, stretchPose, stretches } from '../../src/movement';
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
const skinnedCount = (root: Object3D) => {
  let n = 0;
  root.traverse((o) => void (o instanceof SkinnedMesh && n++));
  return n;
};

describe('posing the model', () => {
  it('draws the skinned twin where the movement layer puts each vertex, and the plain mesh again at rest', () => {
    const { root, plain, skull, rest } = rig();
    const found = findRig(root)!;
    expect(found.joints.size).toBe(skeletonJoints.length);
    expect(found.plain).toEqual([plain]);
    poseModel(found, root, posed, REST);
    const twin = plain.children[0] as SkinnedMesh;
    expect(twin).toBeInstanceOf(SkinnedMesh);
    expect(plain.layers.isEnabled(0)).toBe(false);
    expect(plain.geometry.getAttribute('skinWeight')).toBeDefined();
    // The twin always draws with the plain mesh's material, e.g. a highlight set after posing.
    plain.material = new MeshBasicMaterial({ color: 'gold' });
    expect(twin.material).toBe(plain.material);
    const at = (i: number) => v(twin.getVertexPosition(i, new Vector3()).applyMatrix4(twin.matrixWorld));
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

    poseModel(found, root, null, REST);
    expect(skinnedCount(root)).toBe(0);
    expect(plain.layers.isEnabled(0)).toBe(true);
    expect(plain.geometry.getAttribute('skinIndex')).toBeUndefined();
    expect(distance(v(skull.getWorldPosition(new Vector3())), [0, 0, 0])).toBeLessThan(1e-9);
  });

  it('answers a ray on the posed head with the rest point at the same place on the same triangle', () => {
    const { root, plain, rest } = rig();
    const found = findRig(root)!;
    poseModel(found, root, posed, REST);
    const twin = plain.children[0] as SkinnedMesh;
    const corner = (i: number) => twin.getVertexPosition(i, new Vector3()).applyMatrix4(twin.matrixWorld);
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

  it('carries a point as its nearest skinned vertex is carried, or with the joint a rigid mesh hangs from', () => {
    const { plain, skull, rest } = rig();
    const near = carriedBy([plain], [0.031, 0.061, 0.001])!;
    expect(near.carriers.map((c) => c.bone).sort()).toEqual(['c4', 'skull']);
    expect(near.carriers.find((c) => c.bone === 'skull')!.weight).toBeCloseTo(0.6, 5);
    expect(carriedBy([skull], v(rest[0]!))).toEqual({ rest: v(rest[0]!), carriers: [{ bone: 'skull', weight: 1 }] });
  });
});
