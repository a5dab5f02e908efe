import { Box3, BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { WorldMesh } from './load-model';

/** Topology is judged by the indices as written. */
const identity = (m: WorldMesh): Uint32Array => Uint32Array.from({ length: m.positions.length / 3 }, (_, i) => i);

const vertex = (m: WorldMesh, i: number): Vector3 =>
  new Vector3(m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]);

/** Problems that make a mesh not a closed, outward-facing, clean solid; empty when it is one. */
export function solidProblems(mesh: WorldMesh): string[] {
  const w = identity(mesh);
  const edges = new Map<string, number>();
  const problems: string[] = [];
  let volume = 0;
  let degenerate = 0;
  for (let k = 0; k < mesh.indices.length; k += 3) {
    const [a, b, c] = [mesh.indices[k]!, mesh.indices[k + 1]!, mesh.indices[k + 2]!];
    const [pa, pb, pc] = [vertex(mesh, a), vertex(mesh, b), vertex(mesh, c)];
    const cr = new Vector3().subVectors(pb, pa).cross(new Vector3().subVectors(pc, pa));
    if (cr.length() < 1e-12 || w[a] === w[b] || w[b] === w[c] || w[a] === w[c]) degenerate++;
    volume += pa.dot(new Vector3().crossVectors(pb, pc)) / 6;
    for (const [u, v] of [
      [w[a]!, w[b]!],
      [w[b]!, w[c]!],
      [w[c]!, w[a]!],
    ] as const) {
      const key = `${u},${v}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  let open = 0;
  for (const [key, n] of edges) {
    const [u, v] = key.split(',');
    if (n !== 1 || edges.get(`${v},${u}`) !== 1) open++;
  }
  if (open) problems.push(`${open} edges not shared by exactly two opposite triangles`);
  if (degenerate) problems.push(`${degenerate} degenerate triangles`);
  if (volume <= 0) problems.push(`signed volume ${volume} (normals point inward)`);
  return problems;
}

/** Distance from a point to the nearest triangle of a mesh. */
export class SurfaceQuery {
  private readonly bvh: MeshBVH;
  /** The mesh's bounds: a point outside them is outside the closed mesh, with no search or ray. */
  private readonly box = new Box3();
  constructor(mesh: WorldMesh) {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(mesh.positions), 3));
    g.setIndex(new BufferAttribute(mesh.indices, 1));
    this.bvh = new MeshBVH(g);
    this.bvh.getBoundingBox(this.box);
  }

  distance(p: Vector3): number {
    return this.bvh.closestPointToPoint(p)?.distance ?? Infinity;
  }

  /** How far a point lies inside the closed mesh (0 when outside): two rays must both cross an odd number of times. */
  depthInside(p: Vector3, maxDistance: number): number {
    // Most points asked about lie far from most meshes (every muscle point against every bone).
    if (!this.box.containsPoint(p)) return 0;
    const hit = this.bvh.closestPointToPoint(p, undefined, 0, maxDistance);
    if (!hit) return 0;
    for (const dir of [new Vector3(1, 0.013, 0.007), new Vector3(0.011, 1, -0.017)]) {
      const hits = this.bvh.raycast(new Ray(p.clone(), dir.normalize()), DoubleSide);
      if (hits.length % 2 === 0) return 0;
    }
    return hit.distance;
  }
}
