import type { MuscleAttachment } from '../../src/mapping/attachments';
import { resolveAnchor } from '../../src/mapping/anchor';
import { pointMToMm } from '../../src/mapping/units';
import type { DepthLayer, Side } from '../../src/mapping/types';
import { resample, smoothPath } from './curves';
import type { TriMesh } from './mesh';
import { add, cross, dot, length, lerp, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';
import { gradient, type Sdf } from './sdf';

/** Fields a muscle is laid between: what it must not enter, and the skin it stays under. */
export interface Bed {
  /** The deeper muscles already laid (negative inside). */
  readonly cover: Sdf;
  /** Bones and cover together. */
  readonly under: Sdf;
  /** Bones only: attachments are pushed out of bone but may rest on deeper muscles. */
  readonly bone: Sdf;
  readonly skin: Sdf;
}

/** The swept muscle and its mid-surface, which deeper-than-it muscles use as their cover. */
export interface MuscleSweep {
  readonly mesh: TriMesh;
  /** Spheres filling the belly, for laying the next, more superficial muscles over it. */
  readonly spheres: readonly (readonly [number, number, number, number])[];
}

/** Least depth of any muscle under the skin's surface, mm (the skin mesh itself is a little coarser). */
const SKIN_COVER_MM = 1.5;

const anchorMm = (an: MuscleAttachment['origin'][number], side: Side): Vec3 => pointMToMm(resolveAnchor(an, side));

const centroid = (pts: readonly Vec3[]): Vec3 =>
  scale(
    pts.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
    1 / pts.length,
  );

/** Pushes a point out of a field until it lies `clear` mm outside it. */
function pushOut(f: Sdf, p: Vec3, clear: number): Vec3 {
  let q = p;
  for (let k = 0; k < 6; k++) {
    const d = f(q[0], q[1], q[2]);
    if (d >= clear - 0.05) break;
    q = add(q, scale(gradient(f, q, 0.3), clear - d + 0.05));
  }
  return q;
}

/** Moves a point along the skin's gradient so it lies `depth` mm under the skin. */
function toDepth(skin: Sdf, p: Vec3, depth: number, onlyIfShallower: boolean): Vec3 {
  let q = p;
  for (let k = 0; k < 16; k++) {
    const d = skin(q[0], q[1], q[2]) + depth;
    if (onlyIfShallower ? d <= 0 : Math.abs(d) < 0.05) break;
    q = sub(q, scale(gradient(skin, q, 0.3), d));
  }
  return q;
}

/**
 * Sweeps a muscle as a closed slab: a grid of fibres from the origin line to the insertion line,
 * laid under the skin and over the bones and deeper muscles, thickened outward with a belly
 * that tapers toward the tendons. Each fibre keeps its own column of vertices, and the vertex
 * colours stripe the columns, so the fibre direction reads on screen.
 */
/** A muscle's attachments with its depth from the catalogue (`Muscle.layer`). */
export type LaidMuscle = MuscleAttachment & { readonly layer: DepthLayer };

export function sweepMuscle(att: LaidMuscle, side: Side, bed: Bed): MuscleSweep {
  const ring = att.form === 'ring';
  const o = att.origin.map((an) => anchorMm(an, side));
  const ins = att.insertion.map((an) => anchorMm(an, side));
  const via = (att.via ?? []).map((an) => anchorMm(an, side));
  const n = ring ? 32 : att.form === 'strap' ? 7 : 11;
  const c0 = centroid(o);
  const c1 = centroid(ins);
  const pathMm = length(sub(c1, c0)) + via.length * 10;
  const m = ring ? 7 : Math.max(14, Math.min(44, Math.round(pathMm / 3)));
  let p0 = resample(o, n, ring);
  let p1 = resample(ins, n, ring);
  if (!ring) {
    // A point attachment still has a tendon of some width: spread it across the fibre direction.
    const axis = normalize(sub(c1, c0));
    const widen = (pts: Vec3[], c: Vec3, w: number): Vec3[] => {
      const span = length(sub(pts[n - 1]!, pts[0]!));
      if (span >= w) return pts;
      const outward = gradient(bed.skin, c);
      const across = normalize(cross(axis, outward));
      return pts.map((_, i) => add(c, scale(across, (i / (n - 1) - 0.5) * w)));
    };
    p0 = widen(p0, c0, 4);
    p1 = widen(p1, c1, 4);
  }
  const centre = ring ? [] : smoothPath([c0, ...via, c1], m);
  const grid: Vec3[][] = [];
  for (let j = 0; j < m; j++) {
    const v = j / (m - 1);
    const row: Vec3[] = [];
    let scaleAcross = 1;
    if (!ring && att.bellyWidthMm) {
      const w = length(sub(lerp(p0[n - 1]!, p1[n - 1]!, v), lerp(p0[0]!, p1[0]!, v)));
      const want = att.bellyWidthMm * Math.pow(Math.sin(Math.PI * v), 0.6);
      scaleAcross = w > 1e-6 && want > w ? want / w : 1;
    }
    for (let i = 0; i < n; i++) {
      if (ring) {
        row.push(lerp(p0[i]!, p1[i]!, v));
        continue;
      }
      const off = lerp(sub(p0[i]!, c0), sub(p1[i]!, c1), v);
      row.push(add(centre[j]!, scale(off, scaleAcross)));
    }
    grid.push(row);
  }
  return buildSlab(att, grid, ring, bed);
}

function buildSlab(att: LaidMuscle, grid: Vec3[][], ring: boolean, bed: Bed): MuscleSweep {
  const m = grid.length;
  const n = grid[0]!.length;
  const depth = att.underSkinMm ?? 2 + 2 * (att.layer - 1);
  const bottom: Vec3[] = [];
  const top: Vec3[] = [];
  const colors: number[] = [];
  const spheres: [number, number, number, number][] = [];
  for (let j = 0; j < m; j++) {
    const v = j / (m - 1);
    // Ends stay on their attachments; the belly in between follows the skin.
    const endBlend = Math.min(1, Math.min(v, 1 - v) / (ring ? 0.5 : 0.18));
    const belly = ring ? 1 : 0.3 + 0.7 * Math.pow(Math.sin(Math.PI * v), 0.7);
    for (let i = 0; i < n; i++) {
      const u = ring ? 0.5 : i / (n - 1);
      const across = ring ? 1 - 0.6 * Math.pow(2 * v - 1, 2) : 0.45 + 0.55 * Math.sin(Math.PI * u);
      const t = Math.max(0.6, att.thicknessMm * belly * across);
      let p = grid[j]![i]!;
      if (att.underSkinMm !== undefined) {
        const hugged = toDepth(bed.skin, p, depth + t, false);
        p = lerp(p, hugged, endBlend);
      } else {
        // Stay under the skin, unless that would drive the muscle into the bone it lies on:
        // where soft tissue is thin the bone wins.
        const under = lerp(p, toDepth(bed.skin, p, depth + t, true), endBlend);
        if (bed.under(under[0], under[1], under[2]) >= 0.4 || bed.under(p[0], p[1], p[2]) < 0.4) p = under;
      }
      p = pushOut(bed.bone, p, 0.4);
      // Over a deeper muscle, rise along the outward direction rather than round its bumps: a
      // sheet that follows the skin (trapezius over the splenii) must not let them show through.
      const up = normalize(add(gradient(bed.skin, p), scale(gradient(bed.bone, p), 0.8)));
      for (let k = 0; k < 30 && bed.cover(p[0], p[1], p[2]) < 0.4; k++) p = add(p, scale(up, 0.5));
      p = pushOut(bed.bone, p, 0.4);
      // Thicken toward the skin and away from the nearest bone: both fields are smooth, unlike
      // the bumpy cover of deeper muscles, so neighbouring fibres thicken alike.
      const outward = normalize(add(gradient(bed.skin, p), scale(gradient(bed.bone, p), 0.8)));
      let q = add(p, scale(outward, t));
      q = pushOut(bed.bone, q, 0.4);
      // Nothing shows through the skin: where it is thin (lids, temple) the whole slab sinks.
      const above = bed.skin(q[0], q[1], q[2]) + SKIN_COVER_MM;
      if (above > 0) {
        const down = scale(gradient(bed.skin, q), above);
        q = sub(q, down);
        // The deep face sinks too, but not into the muscles beneath: there the slab thins.
        const sunk = pushOut(bed.bone, sub(p, down), 0.4);
        if (bed.cover(sunk[0], sunk[1], sunk[2]) >= 0.4 || bed.cover(p[0], p[1], p[2]) < 0.4) p = sunk;
      }
      if (dot(sub(q, p), outward) < 0.5) q = add(p, scale(outward, 0.5));
      bottom.push(p);
      top.push(q);
      if (i % 2 === 0 && j % 2 === 0) {
        const mid = lerp(p, q, 0.5);
        spheres.push([mid[0], mid[1], mid[2], length(sub(q, p)) / 2 + 1]);
      }
      const tendon = ring ? 0 : Math.max(0, 1 - Math.min(v, 1 - v) / 0.08);
      const stripe = i % 2 === 0 ? 1 : 0.8;
      colors.push(
        0.62 * stripe * (1 - tendon) + 0.9 * tendon,
        0.13 * stripe * (1 - tendon) + 0.84 * tendon,
        0.11 * stripe * (1 - tendon) + 0.74 * tendon,
      );
    }
  }
  return { mesh: slabMesh(top, bottom, colors, n, m, ring), spheres };
}

/** Closes the two surfaces into one watertight, outward-facing solid. */
function slabMesh(top: Vec3[], bottom: Vec3[], colors: number[], n: number, m: number, ring: boolean): TriMesh {
  const count = n * m;
  const positions = new Float32Array(count * 6);
  const cols = new Float32Array(count * 6);
  top.forEach((p, k) => positions.set(p, k * 3));
  bottom.forEach((p, k) => positions.set(p, (count + k) * 3));
  for (let k = 0; k < count; k++) {
    cols.set(colors.slice(k * 3, k * 3 + 3), k * 3);
    cols.set(
      colors.slice(k * 3, k * 3 + 3).map((c) => c * 0.75),
      (count + k) * 3,
    );
  }
  const tri: number[] = [];
  const T = (i: number, j: number): number => j * n + (((i % n) + n) % n);
  const B = (i: number, j: number): number => count + T(i, j);
  const quad = (a: number, b: number, c: number, d: number): void => {
    tri.push(a, b, c, a, c, d);
  };
  const iMax = ring ? n : n - 1;
  for (let j = 0; j + 1 < m; j++) {
    for (let i = 0; i < iMax; i++) {
      quad(T(i, j), T(i + 1, j), T(i + 1, j + 1), T(i, j + 1));
      quad(B(i, j), B(i, j + 1), B(i + 1, j + 1), B(i + 1, j));
    }
  }
  for (let i = 0; i < iMax; i++) {
    quad(B(i, 0), B(i + 1, 0), T(i + 1, 0), T(i, 0));
    quad(T(i, m - 1), T(i + 1, m - 1), B(i + 1, m - 1), B(i, m - 1));
  }
  if (!ring) {
    for (let j = 0; j + 1 < m; j++) {
      quad(T(0, j), T(0, j + 1), B(0, j + 1), B(0, j));
      quad(B(n - 1, j), B(n - 1, j + 1), T(n - 1, j + 1), T(n - 1, j));
    }
  }
  const indices = new Uint32Array(tri);
  if (signedVolume(positions, indices) < 0) {
    for (let k = 0; k < indices.length; k += 3) {
      const x = indices[k + 1]!;
      indices[k + 1] = indices[k + 2]!;
      indices[k + 2] = x;
    }
  }
  return { positions, indices, colors: cols };
}

export function signedVolume(pos: Float32Array, idx: Uint32Array): number {
  const at = (i: number): Vec3 => [pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!];
  let v = 0;
  for (let k = 0; k < idx.length; k += 3) {
    v += dot(at(idx[k]!), cross(at(idx[k + 1]!), at(idx[k + 2]!))) / 6;
  }
  return v;
}
