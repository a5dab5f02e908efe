import { resolveAnchor } from './anchor';
import { musclesForPainArea, type AreaCandidate } from './lookup';
import { radialDirection, surfaceFramePoint, toSurfaceFrame } from './surface-frame';
import type { Anchor, Side, Vec3 } from './types';
import { mmToM } from './units';
import { add, cross, normalize, scale } from './vec';

/**
 * Named pain regions for people who cannot or will not point in 3D. Each is a patch of the
 * head defined by landmarks; it is answered by sampling the patch and asking the same zone
 * functions as a pain drawing would, so there is no separate region -> muscle table.
 */
export interface PainRegion {
  readonly id: string;
  readonly name: string;
  /** Paired regions exist once per side; midline ones straddle the midline. */
  readonly paired: boolean;
  readonly centre: Anchor;
  readonly radiusMm: number;
  /**
   * Further patches of the same radius that belong to the place (a band round the head), each
   * resolved on both sides when `bothSides` is set; the centre stays the place's marker.
   */
  readonly alsoAt?: readonly Anchor[];
  readonly bothSides?: boolean;
}

export const painRegions: readonly PainRegion[] = [
  { id: 'temple', name: 'Temple', paired: true, centre: { landmark: 'pterion', offsetMm: [0, -2, -10] }, radiusMm: 16 },
  {
    id: 'forehead',
    name: 'Forehead',
    paired: true,
    centre: { landmark: 'supraorbitale', toward: 'metopion', t: 0.45, offsetMm: [0, 10, 0] },
    radiusMm: 16,
  },
  {
    id: 'behind-the-eye',
    name: 'Behind the eye',
    paired: true,
    centre: { landmark: 'orbitale', toward: 'supraorbitale', t: 0.5, offsetMm: [0, 0, 4] },
    radiusMm: 11,
  },
  { id: 'top-of-the-head', name: 'Top of the head', paired: false, centre: { landmark: 'vertex' }, radiusMm: 24 },
  {
    id: 'back-of-the-head',
    name: 'Back of the head',
    paired: false,
    centre: { landmark: 'opisthocranion', toward: 'inion', t: 0.3 },
    radiusMm: 24,
  },
  {
    id: 'behind-the-ear',
    name: 'Behind the ear',
    paired: true,
    centre: { landmark: 'mastoidale', toward: 'asterion', t: 0.5, offsetMm: [0, 5, 0] },
    radiusMm: 13,
  },
  { id: 'ear', name: 'Ear', paired: true, centre: { landmark: 'porion', offsetMm: [6, 4, 3] }, radiusMm: 10 },
  { id: 'jaw-joint', name: 'Jaw joint', paired: true, centre: { landmark: 'condylion' }, radiusMm: 9 },
  { id: 'angle-of-the-jaw', name: 'Angle of the jaw', paired: true, centre: { landmark: 'gonion' }, radiusMm: 11 },
  { id: 'cheek', name: 'Cheek', paired: true, centre: { landmark: 'orbitale', offsetMm: [10, -22, -4] }, radiusMm: 15 },
  {
    id: 'upper-teeth',
    name: 'Upper teeth',
    paired: true,
    centre: { landmark: 'prosthion', offsetMm: [18, 2, -14] },
    radiusMm: 13,
  },
  {
    id: 'lower-teeth',
    name: 'Lower teeth',
    paired: true,
    centre: { landmark: 'infradentale', offsetMm: [18, 0, -14] },
    radiusMm: 13,
  },
  {
    id: 'chin',
    name: 'Chin',
    paired: false,
    centre: { landmark: 'gnathion', toward: 'infradentale', t: 0.3 },
    radiusMm: 13,
  },
  {
    id: 'back-of-the-neck',
    name: 'Back of the neck',
    paired: true,
    // The mid-neck paraspinal area: a finger-breadth beside the spinous processes at about C3-C5.
    centre: { landmark: 'inion', toward: 'cervicale', t: 0.6, offsetMm: [18, 0, 0] },
    radiusMm: 16,
  },
  {
    id: 'side-of-the-neck',
    name: 'Side of the neck',
    paired: true,
    centre: { landmark: 'gonion', offsetMm: [8, -45, -28] },
    radiusMm: 17,
  },
  {
    id: 'throat',
    name: 'Throat',
    paired: false,
    centre: { landmark: 'hyoid', toward: 'jugular-notch', t: 0.4 },
    radiusMm: 15,
  },
  {
    id: 'eyebrow',
    name: 'Eyebrow',
    paired: true,
    centre: { landmark: 'supraorbitale', offsetMm: [0, 6, 0] },
    radiusMm: 11,
  },
  {
    id: 'base-of-the-skull',
    name: 'Base of the skull',
    paired: true,
    // Just below the occipital bone beside the midline, where a patient presses with the fingertips.
    centre: { landmark: 'inion', offsetMm: [20, -16, 4] },
    radiusMm: 13,
  },
  {
    id: 'side-of-the-head',
    name: 'Side of the head',
    paired: true,
    // The parietal area above and a little behind the ear.
    centre: { landmark: 'euryon', offsetMm: [0, 6, 2] },
    radiusMm: 16,
  },
  {
    id: 'neck-shoulder-angle',
    name: 'Where the neck meets the shoulder',
    paired: true,
    centre: { landmark: 'cervicale', toward: 'acromion', t: 0.28, offsetMm: [0, 14, 12] },
    radiusMm: 14,
  },
  {
    id: 'inside-the-mouth',
    name: 'Inside the mouth (tongue, palate)',
    paired: false,
    // The surface frame carries the tongue and palate out to the face, onto the closed lips: the
    // place is drawn there, between the upper and lower front teeth.
    centre: { landmark: 'prosthion', toward: 'infradentale', t: 0.5, offsetMm: [0, 0, -20] },
    radiusMm: 10,
  },
  {
    id: 'nose-and-sinus',
    name: 'Nose and sinus',
    paired: true,
    // Beside the nose, over the maxillary sinus below the eye.
    centre: { landmark: 'orbitale', offsetMm: [-8, -18, 0] },
    radiusMm: 12,
  },
  {
    id: 'upper-back',
    name: 'Upper back between the shoulder blades',
    paired: true,
    centre: { landmark: 'cervicale', offsetMm: [40, -40, -4] },
    radiusMm: 14,
  },
  {
    id: 'band-round-the-head',
    name: 'Band round the head (both sides)',
    paired: false,
    // A bilateral tension-type headache: forehead, temples, sides and back of the head together.
    centre: { landmark: 'pterion', offsetMm: [0, 4, -10] },
    radiusMm: 13,
    alsoAt: [
      { landmark: 'pterion', offsetMm: [0, 4, -10] },
      { landmark: 'euryon', offsetMm: [0, 4, 0] },
      { landmark: 'supraorbitale', toward: 'frontotemporale', t: 0.5, offsetMm: [0, 16, 0] },
      { landmark: 'asterion', toward: 'lambda', t: 0.4 },
    ],
    bothSides: true,
  },
];

const byId = new Map(painRegions.map((r) => [r.id, r]));

export function getPainRegion(id: string): PainRegion | undefined {
  return byId.get(id);
}

/** Centre of the region in the surface frame (model space, metres). */
export function regionCentre(region: PainRegion, side: Side): Vec3 {
  return surfaceFramePoint(resolveAnchor(region.centre, region.paired ? side : 'left'));
}

/**
 * Points spread over the region's patch (or patches): a centre and two rings each. They lie on
 * the surface frame, so they answer exactly as the skin or skull above or below them would.
 */
export function regionSamplePoints(region: PainRegion, side: Side): Vec3[] {
  if (!region.alsoAt) return patchPoints(regionCentre(region, side), region.radiusMm);
  const patchSides: readonly Side[] = region.bothSides ? ['left', 'right'] : [region.paired ? side : 'left'];
  return region.alsoAt
    .flatMap((anchor) =>
      patchSides.map((s) => patchPoints(surfaceFramePoint(resolveAnchor(anchor, s)), region.radiusMm)),
    )
    .flat();
}

/** A round patch on the surface frame: its centre and two rings. */
function patchPoints(c: Vec3, radiusMm: number): Vec3[] {
  const n = radialDirection(c);
  const helper: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const u = normalize(cross(n, helper));
  const v = cross(n, u);
  const r = mmToM(radiusMm);
  const points: Vec3[] = [c];
  for (const [ring, count] of [
    [0.5, 6],
    [1, 12],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const a = (2 * Math.PI * i) / count;
      const q = add(c, add(scale(u, Math.cos(a) * r * ring), scale(v, Math.sin(a) * r * ring)));
      const out = [0, 0, 0];
      toSurfaceFrame(q[0], q[1], q[2], out);
      points.push([out[0]!, out[1]!, out[2]!]);
    }
  }
  return points;
}

/** Candidate muscles for a named region, ranked as for a pain drawing of that patch. */
export function musclesForRegion(regionId: string, side: Side = 'left'): AreaCandidate[] {
  const region = byId.get(regionId);
  if (!region) throw new Error(`Unknown pain region "${regionId}"`);
  return musclesForPainArea(regionSamplePoints(region, side));
}
