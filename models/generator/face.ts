import { lm, sided } from './landmark-mm';
import { half as mandibleHalf } from './mandible';
import { face as facialSkeleton } from './skull';
import type { Vec3 } from '../../src/mapping/vec';
import { bilateral, capsule, ellipsoid, offset, onSurface, subtract, tube, union, type Shape } from './sdf';

/**
 * The soft tissue of the face, built over the facial skeleton and the jaw from the usual
 * soft-tissue thicknesses (about 6 mm at nasion, 11-12 mm at the chin, 15 mm at the lips) so a
 * patient recognises a calm adult face: closed lids, brow, nose, philtrum and lips, a chin that
 * belongs to the jaw, smooth cheeks.
 */
export function faceSoftTissue(): Shape {
  const pr = lm('prosthion');
  const me = lm('menton');
  const stomion = pr[1] - 8;
  const { subnasale } = noseFrame();
  // The bones set the minimum: no soft tissue anywhere thinner than this.
  const floor = union([offset(facialSkeleton(), 6), offset(union([mandibleHalf(1), mandibleHalf(-1)], 3), 6)], 6);
  // Broad, gently curved masses rather than small lumps, blended widely so the cheeks stay smooth.
  const masses = union(
    [
      floor,
      // Malar fat over the cheek bone, tapering into the lower cheek in front of the masseter.
      bilateral((s) => ellipsoid(sided([38, -14, 68], s), [20, 22, 17])),
      // Lower cheek beside the mouth, so the lips do not stand on a ring of their own.
      bilateral((s) => ellipsoid(sided([34, -44, 64], s), [15, 23, 17])),
      // Round the mouth (orbicularis oris and the cheeks beside it) the face stays full: the
      // lips sit on it rather than standing out of a hollow.
      ellipsoid([0, stomion + 3, 80], [38, 22, 26]),
      // The side of the face, from the arch down to the jaw line: cheek, masseter and parotid
      // under one broad curve.
      bilateral((s) => ellipsoid(sided([46, -25, 38], s), [21, 40, 32])),
      // Upper lip from the base of the nose to the vermilion, and the chin pad over the mental
      // protuberance, wide enough to run into the jaw line.
      ellipsoid([0, stomion + 14, pr[2] + 6], [22, 12, 11]),
      ellipsoid([0, me[1] + 12, me[2] + 7], [24, 14, 11]),
    ],
    15,
  );
  const features = union(
    [
      masses,
      // Brow over the supraorbital margin, and the closed lids over the eyeballs, set back under it.
      bilateral((s) => capsule(sided([8, 38, 96], s), sided([46, 31, 80], s), 6, 4)),
      bilateral((s) => ellipsoid(sided([32, 15, 77], s), [15, 11, 10])),
      // Medial canthus, over the frontal process of the maxilla beside the nasal root.
      bilateral((s) => capsule(sided([8, 28, 94], s), sided([13, 4, 88], s), 5)),
      ...nose(),
      ...lips(stomion),
    ],
    5,
  );
  return subtract(subtract(features, lidLines(features), 1.5), philtrum(features, subnasale, stomion), 2);
}

/** Where the nose runs from: its root (nasion), its tip and where its base meets the lip. */
export function noseFrame(): { n: Vec3; tip: Vec3; subnasale: Vec3 } {
  const n = lm('nasion');
  return { n, tip: [0, n[1] - 40, n[2] + 29], subnasale: [0, n[1] - 55, lm('prosthion')[2] + 15] };
}

/** The external nose as the skin draws it: its cartilages (`context/face.ts`) lie under it. */
export const externalNose = (): Shape => union(nose(), 5);

/** Bridge, tip, alae and columella. */
function nose(): Shape[] {
  const { n, tip, subnasale } = noseFrame();
  return [
    capsule([0, n[1] - 2, n[2] + 5], [0, tip[1] + 4, tip[2] - 5], 5, 6.5),
    // The broad base of the nasal pyramid, so its sides slope into the cheeks.
    capsule([0, n[1] - 8, n[2]], [0, tip[1] - 6, tip[2] - 18], 8, 13),
    ellipsoid([0, tip[1], tip[2] - 4], [8.5, 7.5, 7]),
    capsule(subnasale, [0, tip[1] - 4, tip[2] - 5], 4.5, 4),
    bilateral((s) => ellipsoid(sided([10, tip[1] - 8, tip[2] - 16], s), [5.5, 5, 7])),
  ];
}

/** Vermilion of both lips: the upper with a central tubercle, the lower fuller. */
function lips(stomion: number): Shape[] {
  const upper = (s: 1 | -1): Shape =>
    tube(
      [
        sided([25, stomion + 1, 92], s),
        sided([13, stomion + 3.5, 102], s),
        sided([3, stomion + 4, 106], s),
        [0, stomion + 3.5, 106.5],
      ],
      [2.5, 3.5, 4, 4],
    );
  const lower = (s: 1 | -1): Shape =>
    tube([sided([24, stomion - 1, 92], s), sided([12, stomion - 5, 101], s), [0, stomion - 6, 103.5]], [2.5, 4.5, 5]);
  return [bilateral(upper), bilateral(lower)];
}

/** The line where the closed lids meet, running across the lower part of each eye. */
function lidLines(face: Shape): Shape {
  return bilateral((s) => {
    const pts: Vec3[] = [
      sided([18, 15, 84], s),
      sided([26, 12.5, 88], s),
      sided([34, 11.5, 88], s),
      sided([42, 13, 84], s),
      sided([47, 16, 80], s),
    ].map((p) => onSurface(face, p, 0));
    return tube(pts, 0.9);
  });
}

/** The shallow groove of the philtrum between its two columns. */
function philtrum(face: Shape, subnasale: Vec3, stomion: number): Shape {
  const top = onSurface(face, [0, subnasale[1] - 2, subnasale[2] + 4], 0);
  const bottom = onSurface(face, [0, stomion + 9, subnasale[2] + 6], 0);
  return capsule([top[0], top[1], top[2] + 1.2], [bottom[0], bottom[1], bottom[2] + 1.2], 2.6);
}
