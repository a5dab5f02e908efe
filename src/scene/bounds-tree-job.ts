import { BufferAttribute, BufferGeometry, type TypedArray } from 'three';
import type { SerializedBVH } from 'three-mesh-bvh';

/**
 * What the bounds-tree worker needs of a mesh's geometry (copies, so the drawn geometry is never
 * detached), and what it sends back: MeshBVH's serialised form, the index in the tree's order.
 */
export interface BoundsTreeJob {
  readonly id: number;
  readonly position: { readonly array: TypedArray; readonly itemSize: number; readonly normalized: boolean };
  readonly index: TypedArray | null;
  readonly groups: readonly { start: number; count: number; materialIndex?: number }[];
  readonly drawRange: { readonly start: number; readonly count: number };
}

export interface BoundsTreeResult {
  readonly id: number;
  /** MeshBVH.serialize's answer as it gave it (its format version included); absent on failure. */
  readonly tree?: SerializedBVH;
  readonly error?: string;
}

/** The job for one geometry: its positions (read plainly when interleaved), index, groups, range. */
export function boundsTreeJob(id: number, geometry: BufferGeometry): BoundsTreeJob {
  const position = geometry.getAttribute('position');
  const array =
    position instanceof BufferAttribute
      ? position.array.slice()
      : Float32Array.from({ length: position.count * 3 }, (_, i) => position.getComponent(Math.floor(i / 3), i % 3));
  return {
    id,
    position: {
      array,
      itemSize: position instanceof BufferAttribute ? position.itemSize : 3,
      normalized: position instanceof BufferAttribute ? position.normalized : false,
    },
    index: geometry.index ? geometry.index.array.slice() : null,
    groups: geometry.groups.map((g) => ({ ...g })),
    drawRange: { ...geometry.drawRange },
  };
}

/** The worker's geometry, built from a job as the page's was. */
export function jobGeometry(job: BoundsTreeJob): BufferGeometry {
  const geometry = new BufferGeometry();
  const { array, itemSize, normalized } = job.position;
  geometry.setAttribute('position', new BufferAttribute(array, itemSize, normalized));
  if (job.index) geometry.setIndex(new BufferAttribute(job.index, 1));
  for (const g of job.groups) geometry.addGroup(g.start, g.count, g.materialIndex);
  geometry.setDrawRange(job.drawRange.start, job.drawRange.count);
  return geometry;
}
