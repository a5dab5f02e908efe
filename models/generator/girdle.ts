import { lm, lmSide, sided } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import { capsule, polygonPlate, sphere, tube, union, type Shape } from './sdf';

/** Shoulder girdle, upper ribs, sternum and hyoid, written for the left side (side = 1). */

export function clavicleShape(s: 1 | -1): Shape {
  const ac = lmSide('acromion', s);
  const jn = lm('jugular-notch');
  const path: Vec3[] = [
    sided([18, jn[1] + 4, jn[2] - 6], s),
    sided([42, jn[1] + 8, jn[2]], s),
    sided([90, jn[1] + 13, jn[2] - 8], s),
    sided([130, jn[1] + 18, jn[2] - 28], s),
    [ac[0] - s * 32, ac[1] + 1, ac[2] + 16],
    [ac[0] - s * 14, ac[1] + 2, ac[2] + 7],
  ];
  return tube(path, [8, 7, 5.5, 5, 5, 4.5]);
}

/** Scapula: blade (only its upper half is needed), spine, acromion and coracoid. */
export function scapulaShape(s: 1 | -1): Shape {
  const ac = lmSide('acromion', s);
  const sa = sided([72, -146, -68], s);
  const spineRoot = sided([86, -176, -72], s);
  const glenoid = sided([142, -176, -34], s);
  const blade = polygonPlate(
    [spineRoot, sa, sided([118, -152, -50], s), glenoid, sided([115, -238, -58], s), sided([92, -238, -66], s)],
    1.8,
  );
  const spine = tube(
    [spineRoot, sided([118, -166, -68], s), sided([148, -156, -58], s), [ac[0] - s * 20, ac[1] + 1, ac[2] - 18]],
    [3.5, 4.5, 5, 5],
  );
  const acromion = polygonPlate(
    [
      [ac[0] - s * 22, ac[1] + 1, ac[2] - 20],
      [ac[0] - s * 2, ac[1], ac[2] - 10],
      ac,
      [ac[0] - s * 12, ac[1] + 1, ac[2] + 8],
    ],
    3,
  );
  return union(
    [
      blade,
      spine,
      acromion,
      capsule(sided([124, -154, -40], s), sided([128, -160, -8], s), 5, 3.5),
      sphere(glenoid, 9),
      capsule(sa, spineRoot, 3),
    ],
    3,
  );
}

export function firstRibShape(s: 1 | -1): Shape {
  const jn = lm('jugular-notch');
  return tube(
    [
      sided([12, -126, -20], s),
      sided([28, -125, -30], s),
      sided([50, -131, -24], s),
      sided([62, -141, -5], s),
      sided([57, -151, 16], s),
      sided([42, -160, 29], s),
      sided([22, jn[1] - 6, jn[2] - 2], s),
    ],
    [3.5, 4, 4.5, 4.5, 4.5, 5, 5],
  );
}

export function secondRibShape(s: 1 | -1): Shape {
  return tube(
    [
      sided([12, -140, -24], s),
      sided([30, -139, -36], s),
      sided([60, -146, -32], s),
      sided([80, -160, -10], s),
      sided([76, -176, 16], s),
      sided([56, -190, 38], s),
      sided([22, -206, 44], s),
    ],
    [3.5, 4, 4.5, 4.5, 4.5, 5, 5],
  );
}

export function manubriumShape(): Shape {
  const jn = lm('jugular-notch');
  const [, y, z] = jn;
  return polygonPlate(
    [
      [0, y - 3, z - 1],
      [14, y + 2, z - 3],
      [28, y - 10, z - 2],
      [24, y - 42, z + 5],
      [0, y - 47, z + 7],
      [-24, y - 42, z + 5],
      [-28, y - 10, z - 2],
      [-14, y + 2, z - 3],
    ],
    5,
  );
}

export function hyoidShape(): Shape {
  const h = lm('hyoid');
  const c: Vec3 = [0, h[1], h[2] - 3.5];
  return union(
    [
      tube(
        [
          [-11, c[1], c[2] - 3],
          [0, c[1], c[2]],
          [11, c[1], c[2] - 3],
        ],
        3.5,
      ),
      tube(
        [
          [11, c[1], c[2] - 3],
          [19, c[1] + 3, c[2] - 16],
          [22, c[1] + 5, c[2] - 26],
        ],
        [2.4, 2, 1.8],
      ),
      tube(
        [
          [-11, c[1], c[2] - 3],
          [-19, c[1] + 3, c[2] - 16],
          [-22, c[1] + 5, c[2] - 26],
        ],
        [2.4, 2, 1.8],
      ),
    ],
    2,
  );
}
