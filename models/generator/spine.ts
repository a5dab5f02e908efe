import { lm } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import { bilateral, box, capsule, ellipsoid, sphere, tube, union, type Shape } from './sdf';

/**
 * Vertebral levels below the atlas: body centre, half sizes, spinous tip and transverse tip
 * (left), mm. The column leans forward from C7 to C2 (upright posture), and the cervical
 * spinous tips lie deeper than C7's prominent one; thoracic spines slope down over the level
 * below. Spacing is fitted to the ANSUR vertex-to-C7
 * height, which leaves the discs thin.
 */
export interface Level {
  readonly name: string;
  readonly body: Vec3;
  readonly half: Vec3;
  readonly spinous: Vec3;
  readonly transverse: Vec3;
}

const level = (name: string, y: number, z: number, half: Vec3, spinous: Vec3, transverse: Vec3): Level => ({
  name,
  body: [0, y, z],
  half,
  spinous,
  transverse,
});

export const levels: readonly Level[] = [
  level('c2', -49, 0, [8, 6, 7.5], [0, -55, -42], [24, -46, -6]),
  level('c3', -63, -2, [8, 5, 7.5], [0, -70, -36], [25, -62, -8]),
  level('c4', -76, -4, [8.5, 5, 7.5], [0, -84, -38], [26, -75, -10]),
  level('c5', -89, -7, [9, 5, 8], [0, -98, -42], [27, -88, -13]),
  level('c6', -102, -10, [9.5, 5, 8], [0, -112, -49], [28, -101, -16]),
  level('c7', -115, -14, [10, 5.5, 8], lmCervicale(), [33, -113, -21]),
  level('t1', -129, -18, [11, 6, 9], [0, -140, -72], [32, -126, -34]),
  level('t2', -144, -22, [11.5, 6.5, 10], [0, -157, -73], [31, -141, -38]),
  level('t3', -159, -26, [12, 7, 11], [0, -174, -73], [30, -156, -41]),
  level('t4', -175, -29, [12.5, 7, 12], [0, -190, -72], [29, -172, -43]),
  level('t5', -191, -31, [13, 7.5, 12.5], [0, -206, -70], [28, -188, -44]),
  level('t6', -207, -32, [13.5, 7.5, 13], [0, -222, -68], [28, -204, -45]),
];

/** Centre of the C7 spinous tubercle: cervicale is its posterior surface. */
function lmCervicale(): Vec3 {
  const c = lm('cervicale');
  return [c[0], c[1], c[2] + 3.6];
}

/** A typical vertebra: body, pedicles, articular pillars, laminae, transverse and spinous processes. */
function vertebra(l: Level): Shape {
  const [, y, z] = l.body;
  const cervical = l.name.startsWith('c');
  const back = z - l.half[2];
  const root: Vec3 = [0, y - 1, back - 16];
  const parts: Shape[] = [
    box(l.body, l.half, 2.5),
    bilateral((s) =>
      union([
        // Pedicle, articular pillar and lamina round the vertebral foramen.
        tube(
          [
            [s * (l.half[0] - 3), y, back + 2],
            [s * (l.half[0] + 4), y, back - 6],
            [s * (l.half[0] + 1), y - 1, back - 12],
            root,
          ],
          [3, 3.5, 2.6, 2.6],
        ),
        // Articular pillar: superior and inferior facets stacked between levels.
        capsule([s * (l.half[0] + 4), y + 5, back - 5], [s * (l.half[0] + 4), y - 5, back - 8], 4.2),
        capsule([s * (l.half[0] - 1), y, z - 2], [s * l.transverse[0], l.transverse[1], l.transverse[2]], 3, 2.4),
      ]),
    ),
    capsule(root, l.spinous, 3.6, 2.6),
  ];
  if (cervical && l.name !== 'c7') {
    parts.push(bilateral((s) => sphere([s * 3, l.spinous[1], l.spinous[2] + 1], 3)));
  } else {
    parts.push(sphere(l.spinous, 3.6));
  }
  return union(parts, 2.5);
}

/** The atlas: a ring of anterior arch, lateral masses and posterior arch, with wide transverse processes. */
export function atlasShape(): Shape {
  const ba = lm('basion');
  const y = ba[1] - 13;
  return union(
    [
      tube(
        [
          [-11, y, 3],
          [0, y, 6],
          [11, y, 3],
        ],
        3.5,
      ),
      sphere([0, y, 7], 4),
      bilateral((s) =>
        union(
          [
            ellipsoid([s * 17, y + 1, -6], [7, 6, 9]),
            tube(
              [
                [s * 17, y, -14],
                [s * 15, y - 1, -26],
                [s * 6, y - 2, -33],
              ],
              3,
            ),
            capsule([s * 20, y, -6], [s * 37, y - 2, -8], 5, 4),
          ],
          2,
        ),
      ),
      sphere([0, y - 2, -35], 4),
    ],
    2,
  );
}

/** The axis adds the dens, the pivot the atlas turns on. */
export function vertebraShape(l: Level): Shape {
  const v = vertebra(l);
  if (l.name !== 'c2') return v;
  const ba = lm('basion');
  return union([v, capsule([0, l.body[1], l.body[2] - 2], [0, ba[1] - 7, -3], 5.5, 4.5)], 3);
}
