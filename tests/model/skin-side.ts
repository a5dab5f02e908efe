import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

const RAYS = [
  new Vector3(1, 0.013, 0.007).normalize(),
  new Vector3(0.011, 1, -0.017).normalize(),
  new Vector3(-0.009, 0.015, 1).normalize(),
];

/**
 * A closed skin (model space, metres), asked how far a point lies from it and on which side.
 * Inside or out by the parity of three rays' crossings, the majority deciding, so a fold of a
 * posed skin that one ray grazes does not flip the answer.
 */
export class SkinSide {
  private readonly tree: MeshBVH;
  private readonly hit = { point: new Vector3(), distance: 0, faceIndex: 0 };

  constructor(positions: ArrayLike<number>, indices: Uint32Array) {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3));
    g.setIndex(new BufferAttribute(indices, 1));
    this.tree = new MeshBVH(g);
  }

  /** Distance (m) to the skin, on either side. */
  distance(p: Vector3): number {
    this.hit.distance = Infinity;
    this.tree.closestPointToPoint(p, this.hit);
    return this.hit.distance;
  }

  inside(p: Vector3): boolean {
    return RAYS.filter((dir) => this.tree.raycast(new Ray(p, dir), DoubleSide).length % 2 === 1).length >= 2;
  }

  /** Signed distance (m): positive outside. */
  signed(p: Vector3): number {
    const d = this.distance(p);
    return this.inside(p) ? -d : d;
  }
}
