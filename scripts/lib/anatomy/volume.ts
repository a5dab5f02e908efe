import { Vector3 } from 'three';
import { Spatial, vertexAt, type MeasureMesh } from './mesh';

/** mm3 per cm3. */
export const MM3_PER_CM3 = 1000;

/**
 * Closed-mesh signed volume (divergence theorem), mm3. Positive for an outward-wound solid; a
 * part folded through itself counts negative, so a slab folded in half cancels to about zero.
 */
export function signedVolume(m: MeasureMesh): number {
  let v = 0;
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  for (let k = 0; k < m.indices.length; k += 3) {
    vertexAt(m, m.indices[k]!, a);
    vertexAt(m, m.indices[k + 1]!, b);
    vertexAt(m, m.indices[k + 2]!, c);
    v += a.dot(b.cross(c)) / 6;
  }
  return v;
}

/**
 * Volume enclosed by the surface by even-odd parity, mm3: parallel lines on a grid over the
 * bounding box (about `lines` of them, offset so none runs along an axis-aligned edge) are cut by
 * the surface, and the inside stretches (between the 1st and 2nd crossing, 3rd and 4th, ...) are
 * summed. Every region the surface wraps counts positive here, folded or not.
 */
export function sampledVolume(space: Spatial, lines = 4000): number {
  const { min, max } = space.bounds;
  const [sx, sy] = [max[0] - min[0], max[1] - min[1]];
  const step = Math.max(Math.sqrt((sx * sy) / lines), 1e-3);
  const dir = new Vector3(0, 0, 1);
  const origin = new Vector3();
  let volume = 0;
  // Offsets by irrational fractions of a step keep the lines off grid-aligned vertices.
  for (let x = min[0] + step * 0.4142; x < max[0]; x += step) {
    for (let y = min[1] + step * 0.7321; y < max[1]; y += step) {
      origin.set(x, y, min[2] - 1);
      const hits = space.crossings(origin, dir);
      for (let i = 0; i + 1 < hits.length; i += 2) volume += (hits[i + 1]! - hits[i]!) * step * step;
    }
  }
  return volume;
}

/** |signed| / sampled: about 1 for a clean solid, toward 0 for a slab folded through itself. */
export function foldRatio(m: MeasureMesh, space: Spatial): number {
  const sampled = sampledVolume(space);
  return sampled > 0 ? Math.abs(signedVolume(m)) / sampled : 0;
}
