import {
  getPainRegion,
  radialDirection,
  regionSamplePoints,
  surfaceFramePoint,
  type Side,
  type Vec3,
} from '../mapping';
import { essentialZoneAnchors } from './best-view';

/**
 * "A camera that follows": where to look from so that a thing on the head (a named place, a pain
 * point, a previewed or revealed zone) faces the camera. A thing is given as points on the
 * mapping's surface frame; the outward direction there (`radialDirection`) is its normal, so the
 * answer comes from the mapping's data, the same with any model, and never from a table of angles.
 */

/** The points of a muscle's essential zone on one side, on the surface frame (empty if unknown). */
export function zoneLookPoints(muscleId: string, side: Side): Vec3[] {
  return essentialZoneAnchors(muscleId, side).map(surfaceFramePoint);
}

/** The points of a named place's patch (or patches), as its lookup samples them (empty if unknown). */
export function placeLookPoints(regionId: string, side: Side): Vec3[] {
  const region = getPainRegion(regionId);
  return region ? regionSamplePoints(region, side) : [];
}

/**
 * Heights the camera may look from, in degrees above the horizontal. Below -20 the shoulders
 * come between the camera and the neck and the face is seen from under the chin; at the top a
 * touch short of straight down, where the turn round the vertical would be undefined.
 */
const LOWEST_DEG = -20;
const HIGHEST_DEG = 80;
/** The directions tried: every 10 degrees round and up, fine enough that no choice is off by more than 5. */
const STEP_DEG = 10;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Every direction tried, unit vectors (model space: +X the subject's left, +Y up, +Z the face's side). */
const candidates: readonly Vec3[] = (() => {
  const out: Vec3[] = [];
  for (let el = LOWEST_DEG; el <= HIGHEST_DEG; el += STEP_DEG)
    for (let az = 0; az < 360; az += STEP_DEG) {
      const c = Math.cos(rad(el));
      out.push([c * Math.sin(rad(az)), Math.sin(rad(el)), c * Math.cos(rad(az))]);
    }
  return out;
})();

/**
 * How well the camera, looking from `direction` (unit, from the head toward the camera), sees
 * the points: per point the cosine between its outward normal and the line of sight, nothing for
 * a point facing away, averaged. 1 when every point faces the camera squarely.
 */
export function facingScore(points: readonly Vec3[], direction: Vec3): number {
  if (points.length === 0) return 0;
  let sum = 0;
  for (const p of points) {
    const n = radialDirection(p);
    sum += Math.max(0, n[0] * direction[0] + n[1] * direction[1] + n[2] * direction[2]);
  }
  return sum / points.length;
}

/**
 * The direction (unit, from the head toward the camera) that faces the points best, within the
 * heights a camera may take; null without points. For a small patch that is its outward normal; a
 * zone that wraps round the head gets the direction that shows most of it squarely.
 */
export function facingDirection(points: readonly Vec3[]): Vec3 | null {
  if (points.length === 0) return null;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const d of candidates) {
    const s = facingScore(points, d);
    if (s > bestScore + 1e-9) [best, bestScore] = [d, s];
  }
  return best;
}

/**
 * The share of the best facing a view must keep not to be turned: at 0.7 a small patch may sit
 * up to about 45 degrees off the line of sight, clearly on the camera's side of the head, so a
 * patch already in view stays where the user put it (hovering down a results list does not swing
 * the head about), while a patch at the silhouette (about 70 degrees and more) or behind is turned to.
 */
export const SEEN_WELL_SHARE = 0.7;

/**
 * Where to turn the camera so that it sees the points well, or null when it does already from
 * `current` (unit, from the head toward the camera) or there is nothing to see.
 */
export function followDirection(points: readonly Vec3[], current: Vec3): Vec3 | null {
  const best = facingDirection(points);
  if (!best) return null;
  return facingScore(points, current) >= SEEN_WELL_SHARE * facingScore(points, best) ? null : best;
}

/**
 * "Turn the head", one button for a patient: the stops are the four diagonal views (45, 135, 225
 * and 315 degrees round from the face toward the subject's left), because each shows two faces of
 * the head at once: the face with one temple and the jaw, then that side with the back of the head,
 * and so on round. Four presses come back, and from the front view the first press shows a
 * temple and the jaw, the second the back of the head.
 */
const TURN_STOPS_DEG = [45, 135, 225, 315];
/** A touch above the horizontal, as the three-quarter presets look, so the top of the head shows too. */
const TURN_HEIGHT_DEG = 5;
/** Closer than this to a stop counts as at it: the next press goes on to the next stop. */
const AT_STOP_DEG = 10;

/** Azimuth of a direction in degrees, 0 at the face, 90 at the subject's left, in [0, 360). */
function azimuthDeg(d: Vec3): number {
  const a = (Math.atan2(d[0], d[2]) * 180) / Math.PI;
  return (a + 360) % 360;
}

/**
 * The next stop of "Turn the head" from a camera looking from `current` (unit, from the head
 * toward the camera): the first diagonal more than `AT_STOP_DEG` beyond it, turning toward the
 * subject's left (`step` 1) or right (-1).
 */
export function nextTurnDirection(current: Vec3, step: 1 | -1 = 1): Vec3 {
  const now = azimuthDeg(current);
  const ahead = (stop: number) => ((((stop - now) * step) % 360) + 360) % 360;
  const next = TURN_STOPS_DEG.filter((s) => ahead(s) > AT_STOP_DEG).sort((a, b) => ahead(a) - ahead(b))[0]!;
  const c = Math.cos(rad(TURN_HEIGHT_DEG));
  return [c * Math.sin(rad(next)), Math.sin(rad(TURN_HEIGHT_DEG)), c * Math.cos(rad(next))];
}
