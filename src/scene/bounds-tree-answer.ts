import { MeshBVH } from 'three-mesh-bvh';
import { jobGeometry, type BoundsTreeJob, type BoundsTreeResult } from './bounds-tree-job';

/**
 * The worker's answer to one job: the tree in MeshBVH's serialised form and the buffers to
 * transfer with it (not copy), or the error that stopped it, so the page builds that tree itself.
 */
export function answerJob(job: BoundsTreeJob): { result: BoundsTreeResult; transfer: Transferable[] } {
  try {
    const tree = MeshBVH.serialize(new MeshBVH(jobGeometry(job)), { cloneBuffers: false });
    const transfer: Transferable[] = [...tree.roots, ...(tree.index ? [tree.index.buffer as ArrayBuffer] : [])];
    return { result: { id: job.id, tree }, transfer };
  } catch (error) {
    return { result: { id: job.id, error: String(error) }, transfer: [] };
  }
}
