import { Vector3 } from 'three';
import { percentile, vertexAt, vertexCount, type MeasureMesh } from './mesh';
import type { MusclePath } from './path';

/** Surface quality of one mesh (targets check 8). */
export interface SurfaceQuality {
  /** Share of interior edges whose two faces bend more than `bendDeg` (rim edges left out). */
  readonly bentShare: number;
  /** 95th percentile of the triangle aspect ratio (1 equilateral; longest edge over shortest height, scaled). */
  readonly aspectP95: number;
  /** Median edge length, mm. */
  readonly medianEdge: number;
}

/** Vertex ids merged by position (to 1 µm), so split normals or seams do not open the surface. */
function weld(m: MeasureMesh): Uint32Array {
  const ids = new Uint32Array(vertexCount(m));
  const seen = new Map<string, number>();
  const p = m.positions;
  for (let i = 0; i < ids.length; i++) {
    const key = `${Math.round(p[i * 3]! * 1e3)},${Math.round(p[i * 3 + 1]! * 1e3)},${Math.round(p[i * 3 + 2]! * 1e3)}`;
    const found = seen.get(key);
    if (found === undefined) seen.set(key, i);
    ids[i] = found ?? i;
  }
  return ids;
}

export function surfaceQuality(
  m: MeasureMesh,
  isRim: (vertex: number) => boolean = () => false,
  bendDeg = 20,
): SurfaceQuality {
  const w = weld(m);
  const faceNormals: Vector3[] = [];
  const edgeFaces = new Map<string, number[]>();
  const aspects: number[] = [];
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  for (let k = 0, f = 0; k < m.indices.length; k += 3, f++) {
    const ids = [m.indices[k]!, m.indices[k + 1]!, m.indices[k + 2]!] as const;
    vertexAt(m, ids[0], a);
    vertexAt(m, ids[1], b);
    vertexAt(m, ids[2], c);
    const n = b.clone().sub(a).cross(c.clone().sub(a));
    const area = n.length() / 2;
    const longest = Math.max(a.distanceTo(b), b.distanceTo(c), c.distanceTo(a));
    aspects.push(area > 0 ? (longest * longest * Math.sqrt(3)) / (4 * area) : Infinity);
    faceNormals.push(n.normalize());
    for (let e = 0; e < 3; e++) {
      const [u, v] = [w[ids[e]!]!, w[ids[(e + 1) % 3]!]!];
      const key = u < v ? `${u},${v}` : `${v},${u}`;
      const list = edgeFaces.get(key);
      if (list) list.push(f);
      else edgeFaces.set(key, [f]);
    }
  }
  let [bent, counted] = [0, 0];
  const lengths: number[] = [];
  const cosLimit = Math.cos((bendDeg * Math.PI) / 180);
  for (const [key, faces] of edgeFaces) {
    const [u, v] = key.split(',').map(Number) as [number, number];
    lengths.push(vertexAt(m, u, a).distanceTo(vertexAt(m, v, b)));
    if (faces.length !== 2 || isRim(u) || isRim(v)) continue;
    counted++;
    if (faceNormals[faces[0]!]!.dot(faceNormals[faces[1]!]!) < cosLimit) bent++;
  }
  return {
    bentShare: counted ? bent / counted : 0,
    aspectP95: percentile(aspects, 0.95),
    medianEdge: percentile(lengths, 0.5),
  };
}

/**
 * A muscle's rim, where a sheet's border or a tendon's end may fold sharply by design: with
 * fibre coordinates, the outer 5 % of u and v; without them, the first and last tenth of the
 * path (the lateral borders of a sheet then count as surface).
 */
export function muscleRim(m: MeasureMesh, path: MusclePath | null): (vertex: number) => boolean {
  if (m.fibreUv) {
    const uv = m.fibreUv;
    return (i) => {
      const [u, v] = [uv[i * 2]!, uv[i * 2 + 1]!];
      return u < 0.05 || u > 0.95 || v < 0.05 || v > 0.95;
    };
  }
  if (!path) return () => false;
  const rim = new Uint8Array(vertexCount(m));
  const p = new Vector3();
  for (let i = 0; i < rim.length; i++) {
    const f = path.project(vertexAt(m, i, p));
    rim[i] = f < 0.1 || f > 0.9 ? 1 : 0;
  }
  return (i) => rim[i] === 1;
}
