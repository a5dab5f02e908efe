import { lmSide } from '../landmark-mm';
import type { Vec3 } from '../../../src/mapping/vec';
import { disc, slab } from '../bone-sdf';
import { capsule, ellipsoid, subtract, union, type Shape } from '../sdf';
import { at, bifid, lamina, pillar, spinousBlade, type Side } from './parts';

/**
 * A vertebral level below the axis: body centre, half sizes (width, height, depth), the tip of the
 * spinous process (centre of its tubercle) and of the left transverse process (its lateral point).
 */
export interface Level {
  readonly name: string;
  readonly body: Vec3;
  readonly half: Vec3;
  readonly spinous: Vec3;
  readonly transverse: Vec3;
}

/** Cervical proportions, mm: where the pieces sit relative to the back of the body. */
const CERVICAL = {
  /** Kidney outline: how far the back of the body is drawn in at the midline. */
  bodyDent: 1.6,
  /** Uncinate processes: lips raised on the lateral rims of the upper surface. */
  uncinateRadius: 2,
  pedicleRadius: 2.5,
  /** Articular pillar: lateral offset from the body's side, depth behind its back, half sizes. */
  pillarOut: 7,
  pillarBack: 7,
  pillarHalf: [4.4, 4.2, 4.8] as Vec3,
  /** Facets at about 45 degrees: the superior faces up and back. */
  facetFacing: [0, 1, -1] as Vec3,
  /** Foramen transversarium: lateral offset from the body's side, radius. */
  foramenOut: 5,
  foramenRadius: 2.4,
  /** Transverse process: half depth (front to back) and half thickness of its bar. */
  transverseHalfDepth: 5.2,
  transverseHalfThick: 2.2,
  tubercleRadius: 2.6,
  /** The spinous root lies this far behind the back of the body (the vertebral canal's depth). */
  canalDepth: 16,
  laminaHalfHeight: 4.6,
  laminaHalfThick: 2.1,
  /** Bifid tip: half the gap between its two tubercles. */
  bifidHalfGap: 3.4,
};

/** Thoracic proportions, mm. */
const THORACIC = {
  pedicleRadius: 3,
  /** Superior articular process: facet facing back and a little up. */
  facetFacing: [0, 0.35, -1] as Vec3,
  facetHalf: [4, 2, 4.6] as Vec3,
  canalDepth: 15,
  laminaHalfHeight: 5.6,
  laminaHalfThick: 2,
  transverseRadius: [3.6, 3] as const,
  /** Clubbed tip carrying the facet for the tubercle of the rib. */
  tipRadius: [3.4, 4, 4] as Vec3,
};

/** C3 to C7: kidney-shaped body with uncinate processes, pillars, transverse processes with foramina. */
export function cervicalVertebra(l: Level): Shape {
  const [, y, z] = l.body;
  const [hx, hy, hz] = l.half;
  const back = z - hz;
  const c7 = l.name === 'c7';
  const K = CERVICAL;
  const root: Vec3 = [0, y - 2, back - K.canalDepth];
  const tip = l.transverse;
  const side = (s: Side): Shape => {
    const pil = at(s, hx + K.pillarOut, y, back - K.pillarBack);
    const tz = tip[2];
    const tpCentreZ = c7 ? tz + 2 : tz + 3;
    const foramen = capsule(
      at(s, hx + K.foramenOut, y + 6, tpCentreZ),
      at(s, hx + K.foramenOut, y - 6, tpCentreZ),
      c7 ? K.foramenRadius * 0.6 : K.foramenRadius,
    );
    const r = K.tubercleRadius;
    let transverse = union(
      [
        slab(
          at(s, hx - 1, y - 0.5, tpCentreZ),
          at(s, tip[0] - r, tip[1], tpCentreZ),
          K.transverseHalfDepth,
          K.transverseHalfDepth,
          K.transverseHalfThick,
          [0, 1, 0],
        ),
        // Posterior tubercle at the tip (the landmark); anterior tubercle in front of it.
        ellipsoid(at(s, tip[0] - r, tip[1], tip[2]), [r, r + 0.6, r]),
        ...(c7 ? [] : [ellipsoid(at(s, tip[0] - r - 1.5, tip[1] - 0.8, tz + 6.2), [r, r + 0.4, r])]),
      ],
      1.6,
    );
    // The gutter for the spinal nerve between the two tubercles, and the foramen for the artery.
    if (!c7)
      transverse = subtract(
        transverse,
        capsule(at(s, hx + 8, y + 3.3, tz + 3), at(s, tip[0], y + 2.4, tz + 3), 1.7),
        1,
      );
    transverse = subtract(transverse, foramen, 0.8);
    return union(
      [
        capsule(
          at(s, hx - 1.5, y + hy + 0.4, z + hz * 0.3),
          at(s, hx - 1.5, y + hy + 0.4, back + 1.5),
          K.uncinateRadius,
        ),
        capsule(at(s, hx - 2.5, y + 0.5, back + 1.5), at(s, hx + 4, y + 0.5, back - 4.5), K.pedicleRadius),
        pillar(pil, K.pillarHalf, K.facetFacing, 2.4),
        lamina(
          at(s, hx + 4.5, y - 1, back - 10),
          at(s, 1.5, root[1], root[2] + 1),
          K.laminaHalfHeight,
          K.laminaHalfThick,
        ),
        transverse,
      ],
      2.6,
    );
  };
  // C7's long spine ends in a single tubercle (vertebra prominens): the blade's own end, thickened
  // and rounded (cervicale and the muscles' anchors lie on it); C3 to C6 fork into two.
  const spine = c7
    ? spinousBlade(root, l.spinous, 4.2, 2.4, 3.4)
    : bifid(spinousBlade(root, [0, l.spinous[1] + 1, l.spinous[2] + 3], 4, 2.3), l.spinous, K.bifidHalfGap, 3);
  return union([disc(l.body, l.half, 2.6, 2.6, K.bodyDent), side(1), side(-1), spine], 1.6);
}

/** T1 to T6: heart-shaped body, sagittal pedicles, facets facing back, long down-sloping spines. */
export function thoracicVertebra(l: Level): Shape {
  const [, y, z] = l.body;
  const [hx] = l.half;
  const back = z - l.half[2];
  const K = THORACIC;
  const root: Vec3 = [0, y - 2, back - K.canalDepth];
  const side = (s: Side): Shape => {
    const tip = at(s, l.transverse[0] - K.tipRadius[0], l.transverse[1], l.transverse[2]);
    return union(
      [
        capsule(at(s, hx - 3.5, y + 1.5, back + 1.5), at(s, hx - 1.5, y + 1.5, back - 6), K.pedicleRadius),
        pillar(at(s, hx - 1, y + 4.5, back - 9), K.facetHalf, K.facetFacing, 1.2),
        capsule(at(s, hx - 1, y + 1, back - 7), tip, K.transverseRadius[0], K.transverseRadius[1]),
        ellipsoid(tip, K.tipRadius),
        lamina(at(s, hx - 0.5, y, back - 9.5), at(s, 1.5, root[1], root[2] + 1), K.laminaHalfHeight, K.laminaHalfThick),
      ],
      2.6,
    );
  };
  return union(
    [
      disc(l.body, l.half, 2, 2.2, 0.8),
      side(1),
      side(-1),
      // The blade thickens to a rounded tip 3 mm either side of the midline, where the splenii arise.
      spinousBlade(root, l.spinous, 4.2, 2.2, 3),
    ],
    2.6,
  );
}

/** The tips of the C4 and C6 transverse processes are landmarks: those levels take them from there. */
export const transverseTip = (name: 'c4' | 'c6'): Vec3 => lmSide(`${name}-transverse`, 1);
