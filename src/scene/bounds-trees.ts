import { BufferGeometry, Mesh, type Object3D } from 'three';
import { boundsTreeJob, type BoundsTreeResult } from './bounds-tree-job';

let patched: Promise<typeof import('three-mesh-bvh')> | null = null;

/** Loads three-mesh-bvh (its own chunk) once and teaches three's meshes to use it. */
function patchThree(): Promise<typeof import('three-mesh-bvh')> {
  patched ??= import('three-mesh-bvh').then((bvh) => {
    // drei carries an older three-mesh-bvh whose type augmentation differs; the runtime shape is the same.
    BufferGeometry.prototype.computeBoundsTree =
      bvh.computeBoundsTree as unknown as BufferGeometry['computeBoundsTree'];
    BufferGeometry.prototype.disposeBoundsTree = bvh.disposeBoundsTree;
    Mesh.prototype.raycast = bvh.acceleratedRaycast;
    return bvh;
  });
  return patched;
}

/** The page's one bounds-tree worker, asked for one geometry's tree at a time by id. */
class TreeWorker {
  private readonly waiting = new Map<number, (result: BoundsTreeResult) => void>();
  private nextId = 0;
  broken = false;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<BoundsTreeResult>) => this.answer(event.data);
    // A worker that cannot start (its file missing from an old cache, say) fails every tree it
    // was asked for; they are then built on the page's thread as before.
    worker.onerror = (event) => {
      event.preventDefault();
      this.broken = true;
      worker.terminate();
      for (const id of [...this.waiting.keys()]) this.answer({ id, error: event.message || 'worker failed' });
    };
  }

  build(geometry: BufferGeometry): Promise<BoundsTreeResult> {
    const job = boundsTreeJob(this.nextId++, geometry);
    const transfer = [job.position.array.buffer, ...(job.index ? [job.index.buffer] : [])] as ArrayBuffer[];
    return new Promise((resolve) => {
      this.waiting.set(job.id, resolve);
      this.worker.postMessage(job, transfer);
    });
  }

  private answer(result: BoundsTreeResult): void {
    this.waiting.get(result.id)?.(result);
    this.waiting.delete(result.id);
  }
}

let treeWorker: TreeWorker | null | undefined;

/** The worker, started on first use; null where the page cannot start one (Node's tests) or it broke. */
function boundsTreeWorker(): TreeWorker | null {
  if (treeWorker?.broken) treeWorker = null;
  if (treeWorker !== undefined) return treeWorker;
  try {
    // Written out in one expression: Vite bundles the worker only when it sees `new Worker(new URL(...))`.
    treeWorker =
      typeof Worker === 'function'
        ? new TreeWorker(new Worker(new URL('./bounds-tree.worker.ts', import.meta.url), { type: 'module' }))
        : null;
  } catch {
    treeWorker = null;
  }
  return treeWorker;
}

/** Lets the browser answer input and draw between two pieces of work (one task each). */
const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds a BVH for every mesh under `root` that has none: in a worker where the page can start
 * one, else on the page's thread one mesh per task (all of them in one go held the page for most
 * of a second after the first frame, and counted whole as blocking time). Until a mesh has its
 * tree, three's own raycast gives the same hits, only slower. `cancelled` stops a stale build.
 */
export async function buildBoundsTrees(root: Object3D, cancelled: () => boolean = () => false): Promise<void> {
  const { MeshBVH } = await patchThree();
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if (o instanceof Mesh && !o.geometry.boundsTree) meshes.push(o);
  });
  // Building a tree reorders the index in place. A file may let meshes share one index (glTF
  // accessors can be reused), and reordering it for one mesh would spoil the tree of the other,
  // which then cannot be picked: give each mesh its own copy first.
  const seen = new Set<ArrayLike<number>>();
  for (const { geometry } of meshes) {
    if (geometry.index && seen.has(geometry.index.array)) geometry.setIndex(geometry.index.clone());
    if (geometry.index) seen.add(geometry.index.array);
  }
  const worker = boundsTreeWorker();
  const answers = meshes.map((mesh) => worker?.build(mesh.geometry));
  for (const [i, mesh] of meshes.entries()) {
    const answer = await answers[i];
    if (cancelled()) return;
    if (mesh.geometry.boundsTree) continue;
    if (answer?.tree) {
      // Puts the index in the tree's order too, so the drawn triangles and the tree agree.
      mesh.geometry.boundsTree = MeshBVH.deserialize(
        answer.tree,
        mesh.geometry,
      ) as unknown as BufferGeometry['boundsTree'];
    } else {
      mesh.geometry.computeBoundsTree();
      await yieldToMain();
    }
  }
}
