import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { NamedMesh, Tissue } from './gltf';
import type { TriMesh } from './mesh';
import { vertexNormals } from './normals';

/**
 * Ambient occlusion baked per vertex (glTF COLOR_0 as a grey, see src/model-contract/attributes.ts):
 * from each vertex a fixed set of rays over the hemisphere of its normal, cast against the parts
 * that still stand round it when the viewer peels the outer layers away, so a layer never stays
 * darkened by one the user has hidden:
 * - bone by the bones;
 * - a muscle or a context part (larynx, eye ...) by the bones and itself, not by its neighbours,
 *   which the layer controls hide (the straps over the larynx, the muscles over the deep ones);
 * - the skin by itself (lids, nostrils, ears, the folds of the neck).
 * The rays and their order are fixed, so the bake is deterministic.
 */

/** Rays per vertex, and how far a hit still darkens (mm): creases and fossae, not whole limbs. */
const RAYS = 24;
const REACH_MM = 24;
/** Grey levels of the baked occlusion (see smoothed()). */
const GREY_LEVELS = 32;
/** Off the surface before casting, so a ray does not hit the triangle it starts on. */
const START_MM = 0.05;

/** Cosine-weighted directions in the normal's frame (z up), on a Fibonacci spiral. */
function hemisphere(n: number): Float64Array {
  const out = new Float64Array(n * 3);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / n);
    const a = i * golden;
    out[i * 3] = r * Math.cos(a);
    out[i * 3 + 1] = r * Math.sin(a);
    out[i * 3 + 2] = Math.sqrt(Math.max(0, 1 - r * r));
  }
  return out;
}

function tree(meshes: readonly TriMesh[]): MeshBVH | null {
  if (!meshes.length) return null;
  let vertices = 0;
  let triangles = 0;
  for (const m of meshes) {
    vertices += m.positions.length / 3;
    triangles += m.indices.length;
  }
  const positions = new Float32Array(vertices * 3);
  const index = new Uint32Array(triangles);
  let v = 0;
  let t = 0;
  for (const m of meshes) {
    positions.set(m.positions, v * 3);
    for (let k = 0; k < m.indices.length; k++) index[t + k] = m.indices[k]! + v;
    v += m.positions.length / 3;
    t += m.indices.length;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  return new MeshBVH(geometry);
}

/** Grey per vertex: 1 open to the sky, toward 0 where nearby surfaces close over it. */
function bake(mesh: TriMesh, occluders: readonly MeshBVH[], dirs: Float64Array): Float32Array {
  const p = mesh.positions;
  const normals = vertexNormals(mesh);
  const n = p.length / 3;
  const out = new Float32Array(n);
  const ray = new Ray();
  const t = new Vector3();
  const b = new Vector3();
  const nv = new Vector3();
  const rays = dirs.length / 3;
  for (let i = 0; i < n; i++) {
    nv.set(normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!);
    // Any tangent frame will do; the directions are spread evenly round the normal.
    t.set(Math.abs(nv.x) < 0.9 ? 1 : 0, Math.abs(nv.x) < 0.9 ? 0 : 1, 0)
      .cross(nv)
      .normalize();
    b.crossVectors(nv, t);
    let shade = 0;
    for (let k = 0; k < rays; k++) {
      const x = dirs[k * 3]!;
      const y = dirs[k * 3 + 1]!;
      const z = dirs[k * 3 + 2]!;
      ray.direction.set(t.x * x + b.x * y + nv.x * z, t.y * x + b.y * y + nv.y * z, t.z * x + b.z * y + nv.z * z);
      ray.origin.set(p[i * 3]! + nv.x * START_MM, p[i * 3 + 1]! + nv.y * START_MM, p[i * 3 + 2]! + nv.z * START_MM);
      let near = REACH_MM;
      for (const o of occluders) {
        const hit = o.raycastFirst(ray, DoubleSide, 0, near);
        if (hit && hit.distance < near) near = hit.distance;
      }
      // A near wall darkens fully, one at the edge of reach hardly at all.
      if (near < REACH_MM) shade += 1 - near / REACH_MM;
    }
    out[i] = 1 - shade / rays;
  }
  return smoothed(out, mesh.indices);
}

/**
 * Passes of averaging with the neighbours along the mesh's edges, then 32 grey levels: the few
 * rays per vertex leave a speckle the eye reads as noise (and the compressor as entropy). True
 * occlusion changes over the rays' reach (24 mm), far wider than the few millimetres the passes
 * blur, so they take out the speckle and leave the creases. Levels 3 % apart are blended across
 * each triangle; 64 cost 36 kB more of the model's 3 MB budget.
 */
const SMOOTHING_PASSES = 3;

function smoothed(ao: Float32Array, indices: Uint32Array): Float32Array {
  const count = new Uint16Array(ao.length);
  for (let k = 0; k < indices.length; k++) count[indices[k]!] = count[indices[k]!]! + 2;
  let cur = ao;
  for (let pass = 0; pass < SMOOTHING_PASSES; pass++) {
    const sum = new Float32Array(ao.length);
    for (let k = 0; k < indices.length; k += 3) {
      for (let e = 0; e < 3; e++) {
        const a = indices[k + e]!;
        const b = indices[k + ((e + 1) % 3)]!;
        sum[a] = sum[a]! + cur[b]!;
        sum[b] = sum[b]! + cur[a]!;
      }
    }
    const next = new Float32Array(ao.length);
    for (let i = 0; i < ao.length; i++) next[i] = count[i] ? 0.5 * cur[i]! + (0.5 * sum[i]!) / count[i]! : cur[i]!;
    cur = next;
  }
  return cur.map((v) => Math.round(v * GREY_LEVELS) / GREY_LEVELS);
}

/** The meshes with their occlusion baked in (`occlusion`, one grey per vertex). */
export function bakeOcclusion(meshes: readonly NamedMesh[]): NamedMesh[] {
  const dirs = hemisphere(RAYS);
  const of = (tissue: Tissue) => meshes.filter((m) => m.tissue === tissue).map((m) => m.mesh);
  const bone = tree(of('bone'));
  const shared: Record<Tissue, (MeshBVH | null)[]> = { bone: [bone], context: [bone], muscle: [bone], skin: [] };
  return meshes.map((m) => {
    const own = m.tissue === 'bone' ? [] : [tree([m.mesh])];
    const occluders = [...shared[m.tissue], ...own].filter((o): o is MeshBVH => o !== null);
    return { ...m, occlusion: bake(m.mesh, occluders, dirs) };
  });
}
