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

/** Lets the browser answer input and draw between two pieces of work (one task each). */
const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds a BVH for every mesh under `root` that has none, one mesh per task: all of them in one
 * go held the page for most of a second after the first frame (and counted whole as blocking
 * time), while the largest mesh alone takes a fraction of that. `cancelled` stops a stale build.
 */
export async function buildBoundsTrees(root: Object3D, cancelled: () => boolean = () => false): Promise<void> {
  await patchThree();
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if (o instanceof Mesh) meshes.push(o);
  });
  const seen = new Set<ArrayLike<number>>();
  for (const mesh of meshes) {
    if (cancelled()) return;
    if (mesh.geometry.boundsTree) continue;
    // Building a tree reorders the index in place. A file may let meshes share one index
    // (glTF accessors can be reused), and reordering it for one mesh would spoil the tree of
    // the other, which then cannot be picked: give each mesh its own copy first.
    const index = mesh.geometry.index;
    if (index && seen.has(index.array)) mesh.geometry.setIndex(index.clone());
    if (mesh.geometry.index) seen.add(mesh.geometry.index.array);
    mesh.geometry.computeBoundsTree();
    await yieldToMain();
  }
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
