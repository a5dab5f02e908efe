import { useEffect } from 'react';
import { BufferGeometry, Mesh, type Object3D } from 'three';

let patched: Promise<void> | null = null;

/** Loads three-mesh-bvh (its own chunk) once and teaches three's meshes to use it. */
function patchThree(): Promise<void> {
  patched ??= import('three-mesh-bvh').then(({ acceleratedRaycast, computeBoundsTree, disposeBoundsTree }) => {
    // drei carries an older three-mesh-bvh whose type augmentation differs; the runtime shape is the same.
    BufferGeometry.prototype.computeBoundsTree = computeBoundsTree as unknown as BufferGeometry['computeBoundsTree'];
    BufferGeometry.prototype.disposeBoundsTree = disposeBoundsTree;
    Mesh.prototype.raycast = acceleratedRaycast;
  });
  return patched;
}

/** Builds a BVH for every mesh under `root` that has none; `cancelled` stops a stale build. */
export async function buildBoundsTrees(root: Object3D, cancelled: () => boolean = () => false): Promise<void> {
  await patchThree();
  if (cancelled()) return;
  const seen = new Set<ArrayLike<number>>();
  root.traverse((o) => {
    if (!(o instanceof Mesh) || o.geometry.boundsTree) return;
    // Building a tree reorders the index in place. A file may let meshes share one index
    // (glTF accessors can be reused), and reordering it for one mesh would spoil the tree of
    // the other, which then cannot be picked: give each mesh its own copy first.
    const index = o.geometry.index;
    if (index && seen.has(index.array)) o.geometry.setIndex(index.clone());
    if (o.geometry.index) seen.add(o.geometry.index.array);
    o.geometry.computeBoundsTree();
  });
}

const afterNextFrame = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame !== 'function') {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  }
  const id = requestAnimationFrame(run);
  return () => cancelAnimationFrame(id);
};

/**
 * Picking walks a BVH instead of every triangle, so hover stays cheap on dense meshes. Building
 * the trees for a quarter of a million triangles takes a noticeable moment that the first frame
 * does not need, so they are built once that frame is out; until then three's own raycast gives
 * the same hits, only slower.
 */
export function useBoundsTrees(root: Object3D): void {
  useEffect(() => {
    let cancelled = false;
    const cancel = afterNextFrame(() => void buildBoundsTrees(root, () => cancelled));
    return () => {
      cancelled = true;
      cancel();
    };
  }, [root]);
}
