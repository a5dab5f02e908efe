import Module from 'manifold-3d';
import type { Vec3 } from '../../src/mapping/vec';
import { trilinear } from './grid';
import type { Shape } from './sdf';

/** A closed triangle mesh in millimetres, model axes; optional per-vertex colours (RGB 0..1). */
export interface TriMesh {
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
  readonly colors?: Float32Array;
  /** Further per-vertex attributes written as they are (glTF semantic, accessor type, values). */
  readonly extra?: readonly VertexArray[];
}

export interface VertexArray {
  readonly semantic: string;
  readonly type: 'VEC2' | 'VEC3' | 'VEC4';
  readonly array: Float32Array;
}

type Wasm = Awaited<ReturnType<typeof Module>>;
let wasm: Wasm | undefined;

export async function initManifold(): Promise<Wasm> {
  if (!wasm) {
    wasm = await Module();
    wasm.setup();
  }
  return wasm;
}

function manifoldLib(): Wasm {
  if (!wasm) throw new Error('initManifold() first');
  return wasm;
}

/**
 * Meshes a shape with manifold's level set (marching tetrahedra on a body-centred grid, which is
 * always manifold), then simplifies within `tolerance` mm so flat stretches cost few triangles.
 */
export function meshShape(shape: Shape, edgeMm: number, tolerance = 0.15, box?: Box): TriMesh {
  const { Manifold } = manifoldLib();
  const band = narrowBand(shape, Math.max(3, edgeMm * 2.5), box);
  let m = Manifold.levelSet((p) => -band.f(p[0], p[1], p[2]), band.bounds, edgeMm);
  if (tolerance > 0) {
    const s = m.simplify(tolerance);
    m.delete();
    m = s;
  }
  return fromManifold(m);
}

/** Manifold's simplification of a closed mesh: edges collapsed while the surface moves under `tolerance` mm. */
export function simplifyMesh(mesh: TriMesh, tolerance: number): TriMesh {
  const { Manifold, Mesh } = manifoldLib();
  const m = new Manifold(new Mesh({ numProp: 3, vertProperties: mesh.positions, triVerts: mesh.indices }));
  const s = m.simplify(tolerance);
  m.delete();
  return fromManifold(s);
}

function fromManifold(m: InstanceType<Wasm['Manifold']>): TriMesh {
  const mesh = m.getMesh();
  m.delete();
  return fromManifoldMesh(mesh.vertProperties, mesh.numProp, mesh.triVerts);
}

/** An axis-aligned box, mm, that holds the whole shape. */
export type Box = { min: [number, number, number]; max: [number, number, number] };

/**
 * Samples the shape on a coarse grid first and evaluates it exactly only near its surface: the
 * mesher needs true distances there and only the right sign elsewhere. Also shrinks the grid to
 * the shape's real extent.
 */
function narrowBand(
  shape: Shape,
  h: number,
  box?: Box,
): { f: (x: number, y: number, z: number) => number; bounds: Box } {
  const r = shape.r + h;
  const o: Vec3 = box
    ? [box.min[0] - h, box.min[1] - h, box.min[2] - h]
    : [shape.c[0] - r, shape.c[1] - r, shape.c[2] - r];
  // Grid counts per axis: a long thin muscle's box is far from a cube.
  const [nx, ny, nz] = [0, 1, 2].map((a) => Math.ceil((box ? box.max[a]! - box.min[a]! + 2 * h : 2 * r) / h) + 1) as [
    number,
    number,
    number,
  ];
  const grid = new Float32Array(nx * ny * nz);
  const lo = [nx, ny, nz];
  const hi = [0, 0, 0];
  for (let i = 0; i < nx; i++)
    for (let j = 0; j < ny; j++)
      for (let k = 0; k < nz; k++) {
        const d = shape.f(o[0] + i * h, o[1] + j * h, o[2] + k * h);
        grid[(i * ny + j) * nz + k] = d;
        if (d < h) {
          lo[0] = Math.min(lo[0]!, i);
          lo[1] = Math.min(lo[1]!, j);
          lo[2] = Math.min(lo[2]!, k);
          hi[0] = Math.max(hi[0]!, i);
          hi[1] = Math.max(hi[1]!, j);
          hi[2] = Math.max(hi[2]!, k);
        }
      }
  const bounds: Box = {
    min: [o[0]! + (lo[0]! - 1) * h, o[1]! + (lo[1]! - 1) * h, o[2]! + (lo[2]! - 1) * h],
    max: [o[0]! + (hi[0]! + 1) * h, o[1]! + (hi[1]! + 1) * h, o[2]! + (hi[2]! + 1) * h],
  };
  // Exact values matter only at grid points next to a crossing (within a cell of the surface);
  // the trilinear estimate is off by well under a cell there. 1.5 coarse cells (2 before) left
  // every mesh of the model byte-identical and saves about a quarter of the exact evaluations.
  const far = 1.5 * h;
  const coarse = trilinear((i, j, k) => grid[(i * ny + j) * nz + k]!, o, h, [nx, ny, nz]);
  const f = (x: number, y: number, z: number): number => {
    const d = coarse(x, y, z);
    return Math.abs(d) > far ? d : shape.f(x, y, z);
  };
  return { f, bounds };
}

function fromManifoldMesh(props: Float32Array, numProp: number, tri: Uint32Array): TriMesh {
  const n = props.length / numProp;
  const positions = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) positions[i * 3 + k] = props[i * numProp + k]!;
  return { positions, indices: new Uint32Array(tri) };
}

/**
 * Runs a closed mesh through manifold to merge coincident vertices and fail loudly if it is not
 * a manifold solid (a broken muscle sweep should stop the build, not ship).
 */
export function checkedManifold(mesh: TriMesh): TriMesh {
  const { Manifold, Mesh } = manifoldLib();
  const m = new Manifold(new Mesh({ numProp: 3, vertProperties: mesh.positions, triVerts: mesh.indices }));
  const status = m.status();
  m.delete();
  if (status !== 'NoError') throw new Error(`Mesh is not manifold: ${status}`);
  return mesh;
}

/** Volume enclosed by a closed mesh, mm3 (positive when its faces wind outward). */
export function signedVolume(pos: Float32Array, idx: Uint32Array): number {
  let vol = 0;
  for (let k = 0; k < idx.length; k += 3) {
    const [a, b, c] = [idx[k]! * 3, idx[k + 1]! * 3, idx[k + 2]! * 3];
    vol +=
      (pos[a]! * (pos[b + 1]! * pos[c + 2]! - pos[b + 2]! * pos[c + 1]!) -
        pos[a + 1]! * (pos[b]! * pos[c + 2]! - pos[b + 2]! * pos[c]!) +
        pos[a + 2]! * (pos[b]! * pos[c + 1]! - pos[b + 1]! * pos[c]!)) /
      6;
  }
  return vol;
}

/** Number of triangles. */
export const triangleCount = (m: TriMesh): number => m.indices.length / 3;
