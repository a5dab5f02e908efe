import type { FibreSheets, Hit } from './fibre-sheet';
import type { Sdf } from './sdf';

/**
 * How a muscle settles onto what lies beside and beneath it. Fascia and loose tissue bind a muscle
 * to its bed in life; the laid fibre grid, smoothed over a bumpy bed, leaves the solid's deep face
 * and flanks standing a few millimetres clear of the bone and the muscles beneath. Within the
 * reach below of its bed the solid swells toward it, as a concave fillet, by up to the reach times
 * the local belly's share of the thickest (so tendons and thin borders barely move); the carving
 * still keeps it the packing gap away from what it settles on.
 */
export const SETTLE_MM = 4;

/** How far the solid swells at a point `bedMm` from its bed, where its belly share is `share`. */
export function settleMm(share: number, bedMm: number): number {
  const near = Math.max(0, 1 - bedMm / SETTLE_MM);
  return SETTLE_MM * share * near * near;
}

/** The belly share at a hit on a fibre sheet, from the per-node shares of its corners. */
export function shareAt(sheets: FibreSheets, hit: Hit, shares: readonly number[]): number {
  const c = sheets.corners;
  const o = hit.tri * 3;
  return hit.w[0] * (shares[c[o]!] ?? 0) + hit.w[1] * (shares[c[o + 1]!] ?? 0) + hit.w[2] * (shares[c[o + 2]!] ?? 0);
}

/**
 * The muscles laid so far as the later ones must pack against them: each swollen as its fillet
 * toward the bone may have made it (toward the deeper muscles too, which this leaves out: a later
 * muscle seldom lies between two it was laid after).
 */
export function settledMuscles(laid: FibreSheets, shares: readonly number[], bone: Sdf): Settled {
  return (x, y, z, boneMm = bone(x, y, z)) => {
    const hit = laid.nearest(x, y, z);
    if (!hit) return laid.reach;
    return hit.d - settleMm(shareAt(laid, hit, shares), boneMm);
  };
}

/** A field of the muscles laid before, which may take the bone's distance already measured at the point. */
export type Settled = (x: number, y: number, z: number, boneMm?: number) => number;
