import { vertexAreas, type MeasureMesh } from './mesh';

/**
 * Tendon or aponeurosis share of a muscle's surface (targets check 9): the area-weighted mean of
 * the tendon attribute (TEXCOORD_1 x, 1 tendon, 0 belly), over all vertices or those given. Null
 * when the mesh carries no tendon attribute or no vertex is given.
 */
export function tendonShare(m: MeasureMesh, vertices?: readonly number[]): number | null {
  if (!m.tendon) return null;
  const areas = vertexAreas(m);
  let [sum, total] = [0, 0];
  for (const i of vertices ?? areas.keys()) {
    sum += areas[i]! * m.tendon[i]!;
    total += areas[i]!;
  }
  return total > 0 ? sum / total : null;
}
