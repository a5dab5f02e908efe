import { BoxGeometry, Mesh, MeshBasicMaterial, Raycaster, SphereGeometry, Vector3, type BufferGeometry } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import { answerJob } from '../../src/scene/bounds-tree-answer';
import { boundsTreeJob } from '../../src/scene/bounds-tree-job';

/** The round trip the page and its worker make, without the worker: job, tree, tree back on the geometry. */
function treeThroughJob(geometry: BufferGeometry): MeshBVH {
  const { result, transfer } = answerJob(structuredClone(boundsTreeJob(7, geometry)));
  expect(result.id).toBe(7);
  expect(result.error).toBeUndefined();
  expect(transfer.length).toBeGreaterThan(0);
  return MeshBVH.deserialize(structuredClone(result.tree!, { transfer }), geometry);
}

/** Rays through a grid in front of the mesh: where each hits first (or null). */
function hits(mesh: Mesh): (number | null)[] {
  const raycaster = new Raycaster();
  const out: (number | null)[] = [];
  for (let x = -0.9; x <= 0.9; x += 0.15)
    for (let y = -0.9; y <= 0.9; y += 0.15) {
      raycaster.set(new Vector3(x, y, 5), new Vector3(0, 0, -1));
      const hit = raycaster.intersectObject(mesh)[0];
      out.push(hit ? Math.round(hit.distance * 1e6) / 1e6 : null);
    }
  return out;
}

describe('a picking tree built from a job, as the worker builds it', () => {
  it.each([
    ['an indexed sphere', () => new SphereGeometry(1, 48, 32)],
    ['a box without an index', () => new BoxGeometry(1.5, 1.5, 1.5, 3, 3, 3).toNonIndexed()],
  ])('hits where three.js hits without a tree: %s', (_, make) => {
    const material = new MeshBasicMaterial();
    const plain = new Mesh(make(), material);
    const expected = hits(plain);
    expect(expected.filter((d) => d !== null).length).toBeGreaterThan(20);

    const geometry = make();
    const tree = treeThroughJob(geometry);
    geometry.boundsTree = tree as unknown as BufferGeometry['boundsTree'];
    const picked = new Mesh(geometry, material);
    picked.raycast = acceleratedRaycast;
    expect(hits(picked)).toEqual(expected);
    // The tree's order is now the geometry's: the index was rewritten to agree with it.
    expect(tree.geometry).toBe(geometry);
    expect(geometry.index).not.toBeNull();
  });

  it('copies what it sends, so the drawn geometry is never detached by the transfer', () => {
    const geometry = new SphereGeometry(1, 8, 6);
    const job = boundsTreeJob(1, geometry);
    expect(job.position.array).not.toBe(geometry.getAttribute('position').array);
    expect(job.index).not.toBe(geometry.index!.array);
  });

  it('answers a broken job with an error, not an exception', () => {
    const job = boundsTreeJob(3, new SphereGeometry(1, 8, 6));
    const { result } = answerJob({ ...job, position: { ...job.position, array: null as unknown as Float32Array } });
    expect(result).toMatchObject({ id: 3, error: expect.any(String) as string });
    expect(result.tree).toBeUndefined();
  });
});
