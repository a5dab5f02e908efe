import { BoxGeometry, Group, Mesh, Object3D, SphereGeometry } from 'three';
import { landmarks, lateralSign, sides, type MuscleId } from '../../src/mapping';
import { boneNode, landmarkNode, muscleNode, SKIN_NODE } from '../../src/model-contract';

/**
 * A stand-in model that keeps the naming contract: a skin sphere over a skull sphere, a few
 * muscles as boxes and every landmark as an empty node. Enough to test behaviour, not anatomy.
 */
export function syntheticModel(
  muscleIds: readonly MuscleId[] = [
    'upper-trapezius',
    'splenius-capitis',
    'rectus-capitis-posterior-major',
    'temporalis',
  ],
): Group {
  const root = new Group();
  const skin = new Mesh(new SphereGeometry(0.095, 64, 48));
  skin.name = SKIN_NODE;
  const skull = new Mesh(new SphereGeometry(0.085, 48, 32));
  skull.name = boneNode('skull');
  root.add(skin, skull);
  muscleIds.forEach((id, i) => {
    for (const side of sides) {
      const node = new Mesh(new BoxGeometry(0.02, 0.04, 0.01));
      node.name = muscleNode(id, side);
      node.position.set(lateralSign(side) * 0.03, -0.06, -0.05 - i * 0.005);
      root.add(node);
    }
  });
  for (const [name, p] of Object.entries(landmarks)) {
    const o = new Object3D();
    o.name = landmarkNode(name);
    o.position.set(p[0], p[1], p[2]);
    root.add(o);
  }
  return root;
}
