import type { Vec3 } from './vec';

/**
 * Model space is in metres (glTF); anatomy is written and shown in millimetres (offsets, radii,
 * brush sizes, link coordinates). These are the only conversions between the two. Division by
 * 1000 rather than multiplication by 0.001, so a value written in millimetres converts exactly
 * as it always has and the generated model keeps its bytes.
 */
export const mmToM = (mm: number): number => mm / 1000;
export const mToMm = (m: number): number => m * 1000;

export const pointMmToM = (p: Vec3): Vec3 => [mmToM(p[0]), mmToM(p[1]), mmToM(p[2])];
export const pointMToMm = (p: Vec3): Vec3 => [mToMm(p[0]), mToMm(p[1]), mToMm(p[2])];

/** A length in metres kept to whole millimetres, the precision of a link. */
export const roundToWholeMm = (m: number): number => mmToM(Math.round(mToMm(m)));

/** Angles: ranges of motion and poses are written in degrees, as clinicians measure them; rotations take radians. */
export const degToRad = (deg: number): number => (deg * Math.PI) / 180;
export const radToDeg = (rad: number): number => (rad * 180) / Math.PI;
