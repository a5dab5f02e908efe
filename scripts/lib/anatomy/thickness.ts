import { Vector3 } from 'three';
import { percentile, vertexAt, vertexCount, vertexNormals, type MeasureMesh, type Spatial } from './mesh';
import type { MusclePath } from './path';

/**
 * Thickness under each given vertex: from the vertex along its inward normal to where the ray
 * leaves the solid again (the first crossing past a hair's breadth), mm. Vertices whose ray
 * never leaves (an open or inverted surface) are left out.
 */
export function inwardThickness(m: MeasureMesh, space: Spatial, vertices: readonly number[]): number[] {
  const normals = vertexNormals(m);
  const out: number[] = [];
  const p = new Vector3();
  const dir = new Vector3();
  for (const i of vertices) {
    vertexAt(m, i, p);
    dir.set(-normals[i * 3]!, -normals[i * 3 + 1]!, -normals[i * 3 + 2]!);
    const start = p.clone().addScaledVector(dir, -1e-3);
    const exit = space.crossings(start, dir).find((d) => d > 0.02);
    if (exit !== undefined) out.push(exit - 1e-3);
  }
  return out;
}

/** The vertices whose nearest point on the path lies between fractions `from` and `to`. */
export function verticesAlong(m: MeasureMesh, path: MusclePath, from: number, to: number): number[] {
  const out: number[] = [];
  const p = new Vector3();
  for (let i = 0; i < vertexCount(m); i++) {
    const f = path.project(vertexAt(m, i, p));
    if (f >= from && f <= to) out.push(i);
  }
  return out;
}

/**
 * Belly thickness (targets check 2): the 90th percentile of inward-normal thickness over the
 * vertices of the middle third of the origin-to-insertion path, at most `max` of them (evenly
 * picked). NaN when no vertex lies there.
 */
export function bellyThickness(m: MeasureMesh, space: Spatial, path: MusclePath, max = 600): number {
  const middle = verticesAlong(m, path, 1 / 3, 2 / 3);
  const step = Math.max(1, Math.ceil(middle.length / max));
  return percentile(
    inwardThickness(
      m,
      space,
      middle.filter((_, k) => k % step === 0),
    ),
    0.9,
  );
}

/** One muscle of a group measured as one solid: its mesh, tree and path. */
export interface Member {
  readonly mesh: MeasureMesh;
  readonly space: Spatial;
  readonly path: MusclePath | null;
}

/**
 * Belly thickness of muscles that make one belly together (masseter's two parts, the SCM's two
 * heads): the inward ray from a vertex of one runs on through the others while they touch (gaps
 * up to `gapMm`), and the 90th percentile is taken over the middle thirds of all of them. A
 * member without a path (a ring) offers all its vertices. NaN when no ray leaves the group.
 */
export function unionThickness(members: readonly Member[], max = 600, gapMm = 1): number {
  const starts: { member: Member; vertex: number }[] = [];
  for (const member of members) {
    const { mesh, path } = member;
    const vertices = path ? verticesAlong(mesh, path, 1 / 3, 2 / 3) : [...Array(vertexCount(mesh)).keys()];
    for (const vertex of vertices) starts.push({ member, vertex });
  }
  const step = Math.max(1, Math.ceil(starts.length / max));
  const normals = new Map(members.map((m) => [m, vertexNormals(m.mesh)]));
  const out: number[] = [];
  const [p, dir] = [new Vector3(), new Vector3()];
  for (let k = 0; k < starts.length; k += step) {
    const { member, vertex } = starts[k]!;
    const n = normals.get(member)!;
    vertexAt(member.mesh, vertex, p);
    dir.set(-n[vertex * 3]!, -n[vertex * 3 + 1]!, -n[vertex * 3 + 2]!);
    const start = p.clone().addScaledVector(dir, -1e-3);
    const intervals: [number, number][] = [];
    for (const other of members) {
      const hits = other.space.crossings(start, dir).filter((d) => d > 0.02 || other !== member);
      if (other === member) {
        if (hits.length) intervals.push([0, hits[0]!]);
        continue;
      }
      // Odd crossings to infinity: the ray starts inside that member.
      const inside = hits.length % 2 === 1;
      const bounds = inside ? [0, ...hits] : hits;
      for (let i = 0; i + 1 < bounds.length; i += 2) intervals.push([bounds[i]!, bounds[i + 1]!]);
    }
    if (!intervals.some(([a]) => a === 0)) continue;
    intervals.sort((x, y) => x[0] - y[0]);
    let end = 0;
    for (const [a, b] of intervals) if (a <= end + gapMm) end = Math.max(end, b);
    out.push(end - 1e-3);
  }
  return percentile(out, 0.9);
}
