import { Vector3 } from 'three';
import { vertexAreas, vertexAt, vertexNormals, type MeasureMesh } from './mesh';
import type { MusclePath } from './path';

const DEG = 180 / Math.PI;

/** Angle between two directions, degrees (0..180): fibres point from origin to insertion. */
export const angleDeg = (a: Vector3, b: Vector3): number =>
  Math.acos(Math.min(1, Math.max(-1, a.dot(b) / (a.length() * b.length() || 1)))) * DEG;

/** Angle between two lines, ignoring which way they point (0..90). */
export const lineAngleDeg = (a: Vector3, b: Vector3): number => {
  const t = angleDeg(a, b);
  return Math.min(t, 180 - t);
};

export const fibreAt = (m: MeasureMesh, i: number, out = new Vector3()): Vector3 =>
  out.set(m.fibre![i * 3]!, m.fibre![i * 3 + 1]!, m.fibre![i * 3 + 2]!);

/** The direction of the nearest reference fibre at the point of it nearest to `p`. */
export function localDirection(p: Vector3, references: readonly MusclePath[]): Vector3 {
  let best = Infinity;
  let dir = new Vector3();
  for (const r of references) {
    const f = r.project(p);
    const d = r.pointAt(f).distanceToSquared(p);
    if (d < best) {
      best = d;
      dir = r.tangentAt(f);
    }
  }
  return dir;
}

/**
 * The local course carried onto the surface of normal `normal` (unit): its projection onto the
 * tangent plane (the course itself where it meets the surface head-on). The reference fibres are
 * chords between the attachment lines; a muscle laid over a curved bed (the trapezius over the
 * shoulder, the platysma round the neck, the temporalis in its fossa) follows the bed, so the
 * chord runs beneath its surface and a 3D angle counts the bed's curvature as a stray fibre.
 */
export function courseOnSurface(course: Vector3, normal: Vector3): Vector3 {
  const along = course.clone().addScaledVector(normal, -course.dot(normal));
  return along.lengthSq() > 1e-6 * course.lengthSq() ? along : course.clone();
}

/**
 * Share of the sampled vertices whose exported fibre direction lies within `limitDeg` of the
 * local origin-to-insertion direction (targets check 7), taken either as it runs in space or as
 * its trace on the surface (`courseOnSurface`): fibres run in the surface of a sheet wrapped on its
 * bed, while at the rims and cut ends, where the surface turns across the course, the course in
 * space is the one to follow. A fibre leaning off both (a tilted or reversed fibre) fails. Null
 * without fibre directions.
 */
export function fibreAgreement(
  m: MeasureMesh,
  samples: readonly number[],
  references: readonly MusclePath[],
  limitDeg = 15,
): number | null {
  if (!m.fibre || samples.length === 0) return null;
  const normals = vertexNormals(m);
  const [p, t, n] = [new Vector3(), new Vector3(), new Vector3()];
  let ok = 0;
  for (const i of samples) {
    n.set(normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!);
    const course = localDirection(vertexAt(m, i, p), references);
    fibreAt(m, i, t);
    if (Math.min(angleDeg(t, course), angleDeg(t, courseOnSurface(course, n))) <= limitDeg) ok++;
  }
  return ok / samples.length;
}

/**
 * Area-weighted sum of the fibre directions over the vertices `keep` accepts (not normalised, so
 * sums of several meshes add up by area), or null when the mesh has no fibre directions.
 */
export function fibreSum(m: MeasureMesh, keep: (p: Vector3) => boolean = () => true): Vector3 | null {
  if (!m.fibre) return null;
  const areas = vertexAreas(m);
  const [sum, p, t] = [new Vector3(), new Vector3(), new Vector3()];
  for (let i = 0; i < areas.length; i++) {
    if (keep(vertexAt(m, i, p))) sum.addScaledVector(fibreAt(m, i, t), areas[i]!);
  }
  return sum;
}

/** Area-weighted mean fibre direction (unit), or null without fibres or when none is kept. */
export function meanFibre(m: MeasureMesh, keep?: (p: Vector3) => boolean): Vector3 | null {
  const sum = fibreSum(m, keep);
  return sum && sum.lengthSq() > 0 ? sum.normalize() : null;
}

/**
 * Angles of a direction in model space (+X the subject's left, +Y up, +Z anterior), degrees, as
 * the named fibre checks read them.
 */
export const projections = {
  /** Coronal projection (x, y): angle from the vertical line. */
  coronalFromVertical: (d: Vector3): number => lineAngleDeg(new Vector3(d.x, d.y, 0), new Vector3(0, 1, 0)),
  /** Sagittal projection (z, y): angle from the vertical line. */
  sagittalFromVertical: (d: Vector3): number => lineAngleDeg(new Vector3(0, d.y, d.z), new Vector3(0, 1, 0)),
  /**
   * Sagittal projection: how far the line leans back from vertical, following it downward;
   * positive when its lower end lies posterior.
   */
  sagittalBackFromVertical: (d: Vector3): number => {
    const down = d.y > 0 ? d.clone().negate() : d.clone();
    return Math.atan2(-down.z, -down.y) * DEG;
  },
  /** Angle between the line and the horizontal (Frankfort) plane, 0..90. */
  fromHorizontal: (d: Vector3): number => Math.asin(Math.min(1, Math.abs(d.y) / (d.length() || 1))) * DEG,
  /** Horizontal projection (x, z): angle from the sagittal plane's front-back line. */
  fromSagittal: (d: Vector3): number => lineAngleDeg(new Vector3(d.x, 0, d.z), new Vector3(0, 0, 1)),
};
