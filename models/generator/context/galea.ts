import { resolveAnchor } from '../../../src/mapping/anchor';
import { attachments } from '../../../src/mapping/attachments';
import { pointMToMm } from '../../../src/mapping/units';
import { length, lerp, sub, type Vec3 } from '../../../src/mapping/vec';
import { resample } from '../curves';
import type { TriMesh } from '../mesh';
import { slabMesh } from '../muscle-solid';
import { toLevel } from '../muscle-grid';
import type { Sdf } from '../sdf';

/** Thickness of the galea, mm (a tough sheet of about a millimetre in dissection). */
const THICKNESS_MM = 1.2;
/** Depth of its mid-surface under the skin, mm: the frontalis's and occipitalis's (`attachments.ts`). */
const UNDER_SKIN_MM = 3;
/** Most room left under it, over the bone, mm: the loose areolar layer over the pericranium. */
const OVER_BONE_MM = 1.5;
/** Grid spacing, mm: the sheet follows the smooth vault, so a coarse grid reads as smooth. */
const ROW_MM = 5.6;
/** How far it reaches over each muscle's tendinous border, mm, so the two read as one sheet. */
const OVERLAP_MM = 4;

const mm = (an: Parameters<typeof resolveAnchor>[0], side: 'left' | 'right'): Vec3 =>
  pointMToMm(resolveAnchor(an, side));

/**
 * The line across the vault where one muscle's upper border lies, from the right side's lateral
 * end through the midline to the left's, `n` points.
 */
function borderLine(anchors: readonly Parameters<typeof resolveAnchor>[0][], n: number): Vec3[] {
  const left = anchors.map((an) => mm(an, 'left'));
  const right = anchors.map((an) => mm(an, 'right'));
  // Anchors run midline to lateral or the other way; the line must run right lateral to left lateral.
  const lateralFirst = Math.abs(left[0]![0]) > Math.abs(left[left.length - 1]![0]);
  const l = lateralFirst ? left.reverse() : left;
  const r = lateralFirst ? right : right.reverse();
  return resample([...r, ...l], n, false);
}

/**
 * The galea aponeurotica: the tendinous sheet over the vault from the frontalis's upper border to
 * the occipitalis's, across from one temporal line to the other (where it continues as the
 * temporal fascia), at the depth of the two bellies it joins. Built as a slab under the skin,
 * like the muscle sheets, and kept off the bone.
 */
export function galeaAponeurotica(skin: Sdf, bone: Sdf): TriMesh {
  const front = attachments.frontalis.origin;
  const back = attachments.occipitalis.insertion;
  const width = 2 * Math.abs(mm(front[front.length - 1]!, 'left')[0]);
  const n = Math.max(9, Math.round(width / ROW_MM) + 1);
  const f = borderLine(front, n);
  const b = borderLine(back, n);
  const along = Math.max(...f.map((p, i) => length(sub(p, b[i]!))));
  const m = Math.max(6, Math.round(along / ROW_MM) + 1);
  const over = OVERLAP_MM / along;
  const h = THICKNESS_MM / 2;
  const nodes: Vec3[] = [];
  for (let j = 0; j < m; j++) {
    const t = -over + ((1 + 2 * over) * j) / (m - 1);
    for (let i = 0; i < n; i++) {
      const q = toLevel(skin, lerp(f[i]!, b[i]!, t), -(UNDER_SKIN_MM + h));
      // Where the scalp is thick it lies on the loose layer over the pericranium, not in the fat.
      nodes.push(bone(q[0], q[1], q[2]) > OVER_BONE_MM + h ? toLevel(bone, q, OVER_BONE_MM + h) : q);
    }
  }
  const half = nodes.map(() => h);
  return slabMesh({ nodes, half, n, m, ring: false }, { bone, skin });
}
