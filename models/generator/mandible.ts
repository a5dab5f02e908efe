import { lm, lmSide, sided } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import {
  bilateral,
  capsule,
  ellipsoid,
  onSurface,
  polygonPlate,
  ribbon,
  subtract,
  tube,
  union,
  type Shape,
} from './sdf';
import { teethArch } from './teeth';
import { smoothPath } from './curves';

/** One half of the mandible: condyle, neck, ramus with the coronoid process, and body. */
export function half(s: 1 | -1): Shape {
  const cond = lmSide('condylion', s);
  const go = lmSide('gonion', s);
  const me = lm('menton');
  const id = lm('infradentale');
  const head: Vec3 = [cond[0] - s * 9, cond[1], cond[2] - 1];
  const coronoid: Vec3 = sided([44, -12, 35], s);
  // The ramus below the mandibular notch, with the coronoid process rising in front of the notch
  // as a plate of its own: fanned from one corner, a single polygon would fill the notch.
  const ramus = union([
    polygonPlate(
      [
        [head[0], head[1] - 16, head[2]],
        sided([45, -25, 22], s),
        sided([43, -23, 33], s),
        sided([42, -48, 40], s),
        [go[0] - s * 4.5, go[1] + 3, go[2] + 6],
        [go[0] - s * 4, go[1] + 10, go[2] + 1],
      ],
      3,
    ),
    polygonPlate([sided([44, -26, 27], s), coronoid, sided([42, -27, 40], s)], 2.5),
  ]);
  // Body: lower border and alveolar crest, from the angle round to the symphysis.
  // The lower border runs through the tube's axis, so it sits a radius above the bone's edge.
  const lower: Vec3[] = [
    [go[0] - s * 5, go[1] + 4, go[2] + 6],
    sided([42, -67, 30], s),
    sided([34, -77, 52], s),
    sided([18, -84, 71], s),
    [0, me[1] + 6, me[2] + 1],
  ];
  const upper: Vec3[] = [
    sided([42, -50, 34], s),
    sided([39, -54, 48], s),
    sided([31, -58, 62], s),
    sided([16, -62, 78], s),
    [0, id[1], id[2] - 2],
  ];
  return union(
    [
      ellipsoid(head, [9, 5, 5.5]),
      capsule([head[0], head[1] - 3, head[2]], [head[0] + s, head[1] - 16, head[2] + 2], 4.2, 3.5),
      ramus,
      // Curved borders, so the body is a smooth plate rather than a row of flat facets.
      ribbon(smoothPath(lower, 10), smoothPath(upper, 10), 4),
      // The rounded inferior border and the posterior border of the ramus.
      tube(smoothPath(lower, 10), 5.5),
      tube(smoothPath(upper, 10), 3.5),
      capsule([head[0] + s, head[1] - 16, head[2] + 2], [go[0] - s * 4.5, go[1] + 4.5, go[2] + 3], 3.5, 4.5),
    ],
    4,
  );
}

/** The mental foramen opens below the second premolar, midway down the body, facing back and up. */
const MENTAL_FORAMEN: Vec3 = [25, -77, 64];

export function mandibleShape(): Shape {
  const me = lm('menton');
  const gn = lm('gnathion');
  const bone = union(
    [
      bilateral(half, 2),
      // Mental protuberance at the chin.
      ellipsoid([0, (me[1] + gn[1]) / 2 + 6, gn[2] - 4], [13, 7, 5]),
    ],
    3,
  );
  const foramina = ([1, -1] as const).map((s) => {
    const p = onSurface(bone, sided(MENTAL_FORAMEN, s));
    return capsule([p[0] + s * 0.5, p[1], p[2] + 1], [p[0] - s * 4, p[1] + 2, p[2] - 4], 1.5);
  });
  return union([subtract(bone, union(foramina), 0.6), teethArch('lower')], 3);
}
