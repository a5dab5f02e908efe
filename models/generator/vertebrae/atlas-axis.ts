import { lm, lmSide } from '../landmark-mm';
import { normalize, type Vec3 } from '../../../src/mapping/vec';
import { band, disc, slab } from '../bone-sdf';
import { smoothPath } from '../curves';
import { box, capsule, ellipsoid, subtract, tube, union, type Shape } from '../sdf';
import { at, clubbed, lamina, pillar, spinousBlade, type Side } from './parts';
import type { Level } from './typical';

/** The atlas sits this far below basion (its lateral masses carry the occipital condyles). */
const ATLAS_BELOW_BASION_MM = 13;

/**
 * The atlas: anterior arch with its tubercle, lateral masses whose superior facets are cupped for
 * the occipital condyles, posterior arch grooved for the vertebral artery and ending in the
 * posterior tubercle, and the widest transverse processes of the neck, each with its foramen.
 */
export function atlasShape(): Shape {
  const y = lm('basion')[1] - ATLAS_BELOW_BASION_MM;
  const pt = lm('atlas-posterior-tubercle');
  const tp = lmSide('atlas-transverse', 1);
  const anteriorArch = band(
    smoothPath(
      [
        [-13, y, -1],
        [-7, y, 5],
        [0, y, 7],
        [7, y, 5],
        [13, y, -1],
      ],
      12,
    ),
    4.2,
    2.2,
    [0, 0, 1],
  );
  const side = (s: Side): Shape => {
    // Lateral mass, its top cupped (superior facet) to take the condyle.
    const mass = subtract(
      box(at(s, 16, y + 0.5, -5), [5.5, 5.5, 8.5], 3),
      ellipsoid(at(s, 14, y + 9.8, -5), [6.5, 5, 10]),
      1.5,
    );
    const posteriorArch = tube(
      smoothPath(
        [at(s, 14, y - 0.5, -13), at(s, 12, y - 1.5, -25), at(s, 6, y - 2, pt[2] + 5), [0, pt[1], pt[2] + 4]],
        8,
      ),
      3.1,
    );
    const tipC = at(s, tp[0] - 3.5, tp[1], tp[2]);
    let transverse = union(
      [slab(at(s, 18, y - 0.5, -6), tipC, 4.5, 4, 2.8, [0, 1, 0]), ellipsoid(tipC, [3.5, 4.5, 5])],
      2,
    );
    transverse = subtract(transverse, capsule(at(s, 26, y + 6, -6), at(s, 26, y - 6, -6), 2.8), 0.8);
    // The vertebral artery's groove across the top of the posterior arch, behind the lateral mass.
    return subtract(
      union([mass, posteriorArch, transverse], 2),
      capsule(at(s, 18, y + 3.2, -15), at(s, 9, y + 2.4, -26), 2.1),
      1,
    );
  };
  return union(
    [
      anteriorArch,
      ellipsoid([0, y, 8.2], [3.6, 4.6, 2.6]),
      side(1),
      side(-1),
      // Posterior tubercle: its back surface is the landmark.
      ellipsoid([0, pt[1], pt[2] + 3.4], [5, 4, 3.4]),
    ],
    2.6,
  );
}

/**
 * The axis: body, the dens rising through the atlas ring to behind its anterior arch, broad
 * superior facets either side of the dens, thick laminae and the large bifid spine.
 */
export function axisShape(l: Level): Shape {
  const [, y, z] = l.body;
  const [hx] = l.half;
  const back = z - l.half[2];
  const ba = lm('basion');
  const spinousTip = lm('axis-spinous');
  const root: Vec3 = [0, y - 5, back - 12];
  const side = (s: Side): Shape => {
    const tipC = at(s, l.transverse[0] - 3, l.transverse[1], l.transverse[2]);
    const transverse = subtract(
      union([slab(at(s, hx, y - 1, z - 3), tipC, 3.6, 3.2, 2.4, [0, 1, 0]), ellipsoid(tipC, [3, 3.4, 3.4])], 1.5),
      capsule(at(s, hx + 5, y + 6, -4.5), at(s, hx + 5, y - 8, -4.5), 2.4),
      0.8,
    );
    return union(
      [
        // Superior articular facet, broad and nearly flat, facing up and a little out.
        box(at(s, 12, y + 4.5, -2.5), [6, 2.4, 7.5], 2, normalize([1, -0.25 * s, 0]), normalize([0.25 * s, 1, 0])),
        capsule(at(s, hx - 2, y + 2, back + 1), at(s, hx + 3, y, back - 7), 3.4),
        // Inferior articular process, facing down and forward onto C3.
        pillar(at(s, hx + 5, y - 6, back - 9), [4.4, 3.4, 4.6], [0, 1, -1]),
        lamina(at(s, hx + 4, y - 3, back - 10), at(s, 1.5, root[1], root[2] + 1), 6, 2.6),
        transverse,
      ],
      2.6,
    );
  };
  return union(
    [
      disc(l.body, l.half, 2.4, 2.4, 0.6),
      capsule([0, y + 4, z - 1.5], [0, ba[1] - 7, -2], 5.4, 4.6),
      side(1),
      side(-1),
      // The axis's bifid tubercles are large and rough (the suboccipital muscles arise on them): kept
      // at their full size, grown out of the blade's end rather than set on it.
      clubbed(
        spinousBlade(root, [0, spinousTip[1] + 1, spinousTip[2] + 6], 6, 3),
        [1, -1].map((s) => ellipsoid([s * 3.2, spinousTip[1], spinousTip[2] + 3.6], [3.6, 4.6, 3.6])),
      ),
    ],
    2.6,
  );
}
