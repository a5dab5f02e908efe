/**
 * The one vector and easing module: tiny helpers on plain tuples, shared by the mapping module,
 * the model generator and the scripts (the mapping module must not depend on three.js).
 */

/** A point or offset: in model space metres, +X subject's left, +Y up, +Z anterior. */
export type Vec3 = readonly [number, number, number];

/**
 * Length of (a, b, c). Plain square root of the sum of squares: Math.hypot guards against
 * overflow we never meet and is several times slower in V8, and the generator's distance
 * functions call this millions of times per bone.
 */
export function hypot(a: number, b: number, c = 0): number {
  return Math.sqrt(a * a + b * b + c * c);
}

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec3): number => hypot(a[0], a[1], a[2]);
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
/** The unit vector along `a`; the zero vector stays zero. */
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0];
};
/** The mirror image across the midsagittal plane (x = 0): left becomes right. */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/**
 * Hermite easing from 0 at `e0` to 1 at `e1`, flat at both ends. The same polynomial as GLSL's
 * built-in `smoothstep` (the GLSL specification defines it so), which the zone shader in
 * src/scene/zone-material.ts calls on the GPU: a built-in, not a copy to keep in step.
 */
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/**
 * A rotation as a unit quaternion [x, y, z, w] (glTF's order, so a joint's rotation can be written
 * to a model as it is). Rotations compose without drift and interpolate without gimbal lock.
 */
export type Quat = readonly [number, number, number, number];

export const IDENTITY_QUAT: Quat = [0, 0, 0, 1];

/** The rotation by `angle` radians about `axis` (right-handed; the axis need not be unit length). */
export function quatFromAxisAngle(axis: Vec3, angle: number): Quat {
  const [x, y, z] = normalize(axis);
  const s = Math.sin(angle / 2);
  return [x * s, y * s, z * s, Math.cos(angle / 2)];
}

/** The rotation `b` then `a` (as matrices: a · b). */
export function quatMultiply(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

/** `v` turned by the unit quaternion `q`. */
export function rotate(q: Quat, v: Vec3): Vec3 {
  const u: Vec3 = [q[0], q[1], q[2]];
  const t = scale(cross(u, v), 2);
  return add(add(v, scale(t, q[3])), cross(u, t));
}

/** A rigid motion: turn by `rotation` about the origin, then move by `translation`. */
export interface RigidTransform {
  readonly rotation: Quat;
  readonly translation: Vec3;
}

export const IDENTITY_TRANSFORM: RigidTransform = { rotation: IDENTITY_QUAT, translation: [0, 0, 0] };

export const applyTransform = (t: RigidTransform, p: Vec3): Vec3 => add(rotate(t.rotation, p), t.translation);

/** `b` then `a`: the transform that moves a point as `applyTransform(a, applyTransform(b, p))`. */
export const composeTransforms = (a: RigidTransform, b: RigidTransform): RigidTransform => ({
  rotation: quatMultiply(a.rotation, b.rotation),
  translation: applyTransform(a, b.translation),
});

/** The turn by `angle` radians about the line through `point` along `axis`: a joint's rotation. */
export function rotationAbout(axis: Vec3, angle: number, point: Vec3): RigidTransform {
  const rotation = quatFromAxisAngle(axis, angle);
  return { rotation, translation: sub(point, rotate(rotation, point)) };
}

export const translation = (offset: Vec3): RigidTransform => ({ rotation: IDENTITY_QUAT, translation: offset });

/** The transform that undoes `t`: `applyTransform(invertTransform(t), applyTransform(t, p))` is `p`. */
export function invertTransform(t: RigidTransform): RigidTransform {
  const [x, y, z, w] = t.rotation;
  const rotation: Quat = [-x, -y, -z, w];
  return { rotation, translation: scale(rotate(rotation, t.translation), -1) };
}
