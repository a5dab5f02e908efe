import type { Vec3 } from './types';
import { smoothstep } from './vec';

/**
 * The head's surface frame: every point in model space is carried along its "radial"
 * direction onto one reference surface, a capsule-like shape (a sphere over the cranium that
 * runs smoothly into a cylinder around the neck). Zones and points are compared there, so a
 * point on the skull, the skin straight above it and anything between them get one answer, and
 * the zones never depend on the mesh of one particular model.
 *
 * Above the plane through the head centre perpendicular to the neck axis, "radial" means away
 * from the head centre; below it, away from the neck axis. The two agree on the plane, so the
 * frame is continuous.
 */

/** Roughly the centre of the cranial vault (model space, metres). */
export const HEAD_CENTRE: Vec3 = [0, 0.035, 0];
/** Unit vector down the neck: from the head centre toward the middle of the neck at C7. */
export const NECK_AXIS: Vec3 = (() => {
  const [x, y, z] = [0, -0.145, -0.02];
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l] as const;
})();

/** Radius of the reference surface over the cranium and around the neck, metres. */
const HEAD_RADIUS = 0.09;
const NECK_RADIUS = 0.055;
/** Below the jaw the shoulders spread sideways: keep lateral distance there, not just direction. */
const SHOULDER_START = 0.08;

export interface FramePoint {
  /** Position on the reference surface (model space, metres). */
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/**
 * Projects `p` onto the reference surface. Writes into `out` (3 numbers) to stay free of
 * allocation when a whole mesh is evaluated.
 */
export function toSurfaceFrame(px: number, py: number, pz: number, out: number[] | Float64Array): void {
  const dx = px - HEAD_CENTRE[0];
  const dy = py - HEAD_CENTRE[1];
  const dz = pz - HEAD_CENTRE[2];
  const h = dx * NECK_AXIS[0] + dy * NECK_AXIS[1] + dz * NECK_AXIS[2];
  // Height along the neck axis below the head centre (0 above it).
  const along = h > 0 ? h : 0;
  const rx = dx - along * NECK_AXIS[0];
  const ry = dy - along * NECK_AXIS[1];
  const rz = dz - along * NECK_AXIS[2];
  const r = Math.hypot(rx, ry, rz);
  const blend = smoothstep(0, 0.08, along);
  const radius = HEAD_RADIUS + (NECK_RADIUS - HEAD_RADIUS) * blend;
  const k = r > 1e-9 ? radius / r : 0;
  const shoulder = smoothstep(0.09, 0.14, along) * Math.max(0, Math.abs(px) - SHOULDER_START);
  out[0] = HEAD_CENTRE[0] + along * NECK_AXIS[0] + rx * k + Math.sign(px) * shoulder;
  out[1] = HEAD_CENTRE[1] + along * NECK_AXIS[1] + ry * k;
  out[2] = HEAD_CENTRE[2] + along * NECK_AXIS[2] + rz * k;
}

export function surfaceFramePoint(p: Vec3): Vec3 {
  const out = [0, 0, 0];
  toSurfaceFrame(p[0], p[1], p[2], out);
  return [out[0]!, out[1]!, out[2]!];
}

/**
 * The direction along which the frame ignores distance at `p`: outward from the head centre
 * over the cranium, outward from the neck axis below it.
 */
export function radialDirection(p: Vec3): Vec3 {
  const d: Vec3 = [p[0] - HEAD_CENTRE[0], p[1] - HEAD_CENTRE[1], p[2] - HEAD_CENTRE[2]];
  const h = d[0] * NECK_AXIS[0] + d[1] * NECK_AXIS[1] + d[2] * NECK_AXIS[2];
  const along = h > 0 ? h : 0;
  const r: Vec3 = [d[0] - along * NECK_AXIS[0], d[1] - along * NECK_AXIS[1], d[2] - along * NECK_AXIS[2]];
  const l = Math.hypot(r[0], r[1], r[2]);
  return l > 0 ? [r[0] / l, r[1] / l, r[2] / l] : [0, 1, 0];
}
