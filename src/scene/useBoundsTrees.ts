import { useEffect } from 'react';
import type { Object3D } from 'three';

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
 * does not need, so they are built once that frame is out, by code fetched then (its own chunk,
 * `bounds-trees.ts`); until then three's own raycast gives the same hits, only slower.
 */
export function useBoundsTrees(root: Object3D): void {
  useEffect(() => {
    let cancelled = false;
    const cancel = afterNextFrame(() => {
      void import('./bounds-trees').then(({ buildBoundsTrees }) => {
        if (!cancelled) void buildBoundsTrees(root, () => cancelled);
      });
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [root]);
}
