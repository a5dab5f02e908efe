import { landmarkFor, resolveAnchor } from '../anchor';
import { lateralSign } from '../side';
import { mToMm } from '../units';
import { distance } from '../vec';
import { surfaceFramePoint } from '../surface-frame';
import type { Anchor, Muscle, Vec3 } from '../types';

/** Longest straight piece of a stroke's path, in millimetres over the surface frame. */
const MAX_PIECE_MM = 12;

/**
 * A stroke's path runs in straight segments between its vertices, which cut under the curved
 * surface frame: over a 6-7 cm segment the middle of a narrow band sinks 5-10 mm below the
 * surface and fades out. This inserts anchors along each long segment so the band follows the
 * surface. Each inserted anchor is an exact point of the segment, written from the two end
 * anchors' landmarks, so it mirrors between the sides like any other anchor.
 */
export function surfacePath(anchors: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  anchors.forEach((b, i) => {
    const a = anchors[i - 1];
    if (a) {
      const length = distanceMm(
        surfaceFramePoint(resolveAnchor(a, 'left')),
        surfaceFramePoint(resolveAnchor(b, 'left')),
      );
      const pieces = Math.ceil(length / MAX_PIECE_MM);
      if (pieces > 1) {
        if (!!a.opposite !== !!b.opposite) {
          throw new Error(`surfacePath: a segment from ${a.landmark} to ${b.landmark} changes side`);
        }
        const oa = plainOffset(a);
        const ob = plainOffset(b);
        for (let k = 1; k < pieces; k++) {
          const t = k / pieces;
          out.push({
            landmark: a.landmark,
            toward: b.landmark,
            t,
            offsetMm: [oa[0] + (ob[0] - oa[0]) * t, oa[1] + (ob[1] - oa[1]) * t, oa[2] + (ob[2] - oa[2]) * t],
            ...(a.opposite ? { opposite: true } : {}),
          });
        }
      }
    }
    out.push(b);
  });
  return out;
}

/** The offset from the anchor's own landmark that reaches the same point: [lateral, up, anterior] mm. */
function plainOffset(a: Anchor): Vec3 {
  const side = a.opposite ? 'right' : 'left';
  const sign = lateralSign(side);
  const p = resolveAnchor(a, 'left');
  const l = landmarkFor(a.landmark, side);
  return [sign * mToMm(p[0] - l[0]), mToMm(p[1] - l[1]), mToMm(p[2] - l[2])];
}

function distanceMm(p: Vec3, q: Vec3): number {
  return mToMm(distance(p, q));
}

/** The muscle with every stroke's path made to follow the surface (see `surfacePath`). */
export function followSurface(muscle: Muscle): Muscle {
  return {
    ...muscle,
    triggerPoints: muscle.triggerPoints.map((trp) => ({
      ...trp,
      zones: trp.zones.map((zone) => ({
        ...zone,
        strokes: zone.strokes.map((stroke) => ({ ...stroke, path: surfacePath(stroke.path) })),
      })),
    })),
  };
}
