import { BoxGeometry, BufferGeometry, Group, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { buildBoundsTrees } from '../../src/scene/bounds-trees';

/** Two boxes side by side whose geometries share one index attribute, as a glTF file may. */
function twoBoxesSharingAnIndex(): { root: Group; left: Mesh; right: Mesh } {
  const box = new BoxGeometry(1, 1, 1, 4, 4, 4);
  const other = new BufferGeometry();
  other.setAttribute('position', box.getAttribute('position').clone());
  other.setIndex(box.index); // the very same attribute object
  const material = new MeshBasicMaterial();
  const left = new Mesh(box, material);
  const right = new Mesh(other, material);
  left.position.x = -2;
  right.position.x = 2;
  const root = new Group().add(left, right);
  root.updateMatrixWorld(true);
  return { root, left, right };
}

const hits = (root: Group, x: number): Mesh[] => {
  const ray = new Raycaster(new Vector3(x, 0.1, 5), new Vector3(0, 0, -1));
  return ray.intersectObject(root, true).map((h) => h.object as Mesh);
};

describe('bounds trees', () => {
  it('keeps every mesh pickable when two meshes share one index', async () => {
    const { root, left, right } = twoBoxesSharingAnIndex();
    await buildBoundsTrees(root);
    expect(left.geometry.boundsTree).toBeTruthy();
    expect(right.geometry.boundsTree).toBeTruthy();
    expect(left.geometry.index!.array).not.toBe(right.geometry.index!.array);
    // A grid of rays over each box: every one finds its box.
    for (const dx of [-0.4, -0.2, 0, 0.2, 0.4]) {
      expect(hits(root, -2 + dx)[0]).toBe(left);
      expect(hits(root, 2 + dx)[0]).toBe(right);
    }
  });
});
