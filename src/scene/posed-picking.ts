import {
  BufferAttribute,
  BufferGeometry,
  Mesh,
  Triangle,
  Vector3,
  type Intersection,
  type Raycaster,
  type Object3D,
} from 'three';

/**
 * Picking on a posed head, answered as on the head at rest. The posed twin's positions (skinned
 * in the shader or on the CPU) are copied once per pose into a plain copy (with its own picking
 * tree where three-mesh-bvh is loaded); a ray that hits the copy is reported as a hit on the
 * plain rest mesh, at the same triangle and the same barycentric place on it, so the mapping,
 * which answers in the rest pose, gets the rest point under the pointer: the same muscle, the
 * same pain point as on the unposed head.
 */

interface PosedCopy {
  readonly mesh: Mesh;
}

const copies = new WeakMap<Object3D, PosedCopy>();

/** Forgets the twin's posed copy: the next ray skins it afresh in the new pose. */
export function forgetPosedCopy(twin: Object3D): void {
  const copy = copies.get(twin);
  if (!copy) return;
  copy.mesh.geometry.disposeBoundsTree?.();
  copy.mesh.geometry.dispose();
  copies.delete(twin);
}

/** Where the twin draws its vertex `i`, in world space. */
export type PosedWorld = (i: number, out: Vector3) => Vector3;

function posedCopy(twin: Object3D, posedWorld: PosedWorld, plain: Mesh): PosedCopy {
  const known = copies.get(twin);
  if (known) return known;
  const source = plain.geometry;
  const count = source.getAttribute('position').count;
  const positions = new Float32Array(count * 3);
  const v = new Vector3();
  for (let i = 0; i < count; i++) posedWorld(i, v).toArray(positions, i * 3);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  // Its own index: a picking tree reorders the index it is built on, and the rest mesh's has its own tree.
  if (source.index) geometry.setIndex(source.index.clone());
  geometry.computeBoundsTree?.();
  const copy = { mesh: new Mesh(geometry, plain.material) };
  copy.mesh.updateMatrixWorld(true);
  copies.set(twin, copy);
  return copy;
}

/** The twin's raycast: hits on its posed copy, reported on the plain rest mesh at the same place. */
export function raycastPosed(
  twin: Object3D,
  posedWorld: PosedWorld,
  plain: Mesh,
  raycaster: Raycaster,
  out: Intersection[],
): void {
  const copy = posedCopy(twin, posedWorld, plain);
  copy.mesh.material = plain.material;
  const hits: Intersection[] = [];
  copy.mesh.raycast(raycaster, hits);
  if (hits.length === 0) return;
  const posed = copy.mesh.geometry.getAttribute('position');
  const rest = plain.geometry.getAttribute('position');
  const [a, b, c, p] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  const bary = new Vector3();
  for (const hit of hits) {
    if (!hit.face) continue;
    const { a: ia, b: ib, c: ic } = hit.face;
    Triangle.getBarycoord(
      hit.point,
      a.fromBufferAttribute(posed, ia),
      b.fromBufferAttribute(posed, ib),
      c.fromBufferAttribute(posed, ic),
      bary,
    );
    a.fromBufferAttribute(rest, ia).applyMatrix4(plain.matrixWorld);
    b.fromBufferAttribute(rest, ib).applyMatrix4(plain.matrixWorld);
    c.fromBufferAttribute(rest, ic).applyMatrix4(plain.matrixWorld);
    p.set(0, 0, 0).addScaledVector(a, bary.x).addScaledVector(b, bary.y).addScaledVector(c, bary.z);
    out.push({ ...hit, object: plain, point: p.clone() });
  }
}
