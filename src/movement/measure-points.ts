import { resolveAnchor, type Anchor, type Side, type Vec3 } from '../mapping';

/**
 * Points the poses are measured by that are not landmarks of their own, written from the nearest
 * landmark as the model generator builds them (a landmark added here would change the model):
 * - the incisal edges of the central incisors, midline: the upper crown's edge lies about 9 mm
 *   below prosthion and 3 mm behind it, the lower's about 12 mm above infradentale and 2 mm behind
 *   (2 mm of overbite, 3 mm of overjet, as the generator's teeth close);
 * - the tragus, its skin about 26 mm out from the porion at its height and 2 mm behind it, where
 *   the generator's external ear has its surface (the measures take the two tragi's midpoint, so
 *   how far out they stand does not change them).
 * tests/movement/measures.test.ts holds them to the generator's teeth and ear.
 */
export const UPPER_INCISAL_EDGE: Anchor = { landmark: 'prosthion', offsetMm: [0, -9, -3] };
export const LOWER_INCISAL_EDGE: Anchor = { landmark: 'infradentale', offsetMm: [0, 12, -2] };
export const TRAGUS: Anchor = { landmark: 'porion', offsetMm: [26, 0, -2] };

export const midlinePoint = (anchor: Anchor): Vec3 => resolveAnchor(anchor, 'left');
export const tragus = (side: Side): Vec3 => resolveAnchor(TRAGUS, side);
