import { Vector3 } from 'three';
import { vertexAreas, vertexAt, vertexCount, vertexNormals, type MeasureMesh, type Spatial } from './mesh';

/**
 * Share of the calvarial surface covered by muscle or aponeurosis (targets check 10): the
 * skull's outward-facing vertices above the plane through `planePoints` (the two frontotemporale
 * points, where the superior temporal lines begin, and the opisthocranion behind), area-weighted,
 * that lie within `within` mm of one of `covers`. Outward means facing away from the skull's
 * centroid, so an inner table or cavity does not count.
 */
export function calvarialCoverage(
  skull: MeasureMesh,
  planePoints: readonly [Vector3, Vector3, Vector3],
  covers: readonly Spatial[],
  within = 3,
): { share: number; vertices: number } {
  const [p0, p1, p2] = planePoints;
  let up = p1.clone().sub(p0).cross(p2.clone().sub(p0)).normalize();
  if (up.y < 0) up = up.negate();
  const centre = new Vector3();
  for (let i = 0; i < vertexCount(skull); i++) centre.add(vertexAt(skull, i));
  centre.multiplyScalar(1 / vertexCount(skull));
  const normals = vertexNormals(skull);
  const areas = vertexAreas(skull);
  const [p, n] = [new Vector3(), new Vector3()];
  let [covered, total, count] = [0, 0, 0];
  for (let i = 0; i < vertexCount(skull); i++) {
    vertexAt(skull, i, p);
    n.set(normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!);
    if (p.clone().sub(p0).dot(up) <= 0 || n.dot(p.clone().sub(centre)) <= 0) continue;
    count++;
    total += areas[i]!;
    if (covers.some((c) => c.distance(p, within) <= within)) covered += areas[i]!;
  }
  return { share: total > 0 ? covered / total : 0, vertices: count };
}

/**
 * Lines of sight from the front to the vertebral bodies (targets check 10): from the centre of
 * each front-facing triangle of a vertebra's front-most surface near the midline (within
 * `halfWidth` mm), straight forward (+Z). Counted as open when nothing but the skin lies in
 * front: no muscle, bone or other structure among `blockers`. Returns how many rays were cast and
 * how many were open.
 */
export function frontSightLines(
  self: Spatial,
  blockers: readonly Spatial[],
  halfWidth = 8,
): { rays: number; open: number } {
  const m = self.mesh;
  const forward = new Vector3(0, 0, 1);
  const [a, b, c, n] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  let [rays, open] = [0, 0];
  for (let k = 0; k < m.indices.length; k += 3) {
    vertexAt(m, m.indices[k]!, a);
    vertexAt(m, m.indices[k + 1]!, b);
    vertexAt(m, m.indices[k + 2]!, c);
    n.subVectors(b, a).cross(c.clone().sub(a)).normalize();
    const centre = a
      .clone()
      .add(b)
      .add(c)
      .multiplyScalar(1 / 3);
    if (Math.abs(centre.x) > halfWidth || n.z < 0.5) continue;
    const start = centre.addScaledVector(forward, 0.05);
    // Only the bone's front-most surface: a forward-facing wall behind the body (the canal's) is hidden by it.
    if (self.crossings(start, forward).length > 0) continue;
    rays++;
    if (!blockers.some((o) => o.mesh !== m && o.crossings(start, forward).length > 0)) open++;
  }
  return { rays, open };
}
