import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { mToMm } from '../../src/mapping/units';
import { BONE_PREFIX, parseMuscleNode, SKIN_NODE } from '../../src/model-contract';
import type { Pose } from '../../src/movement';
import type { LoadedModel } from './load-model';
import { jointWorlds, posedPositions, type SkinnedMesh } from './skinning';

/**
 * How well the posed surfaces hold: for the skin and every muscle, the triangles that turn over
 * (posed normal against rest normal) and those stretched past twice their rest area; and how deep
 * a sampled muscle vertex lies inside a posed bone.
 */
export interface PosedQuality {
  inverted: number;
  stretched: number;
  /** The deepest sampled muscle vertex inside a bone (mm), and where. */
  deepestMm: number;
  deepest: string;
  /** Per mesh: [inverted, stretched]. */
  byMesh: Map<string, [number, number]>;
}

/** What a pose may reach: the requirement (0, 0, 2 mm), or a known gap's recorded figures. */
export interface PosedBound {
  readonly inverted: number;
  readonly stretched: number;
  readonly deepestMm: number;
}

export const REQUIRED: PosedBound = { inverted: 0, stretched: 0, deepestMm: 2 };
/** A recorded depth is rounded up to this (mm), so a bound holds across floating-point noise. */
const DEPTH_STEP = 0.1;

/** A pose's figures as a bound: the requirement where it is met, else the figure rounded up. */
export function boundOf(q: PosedQuality): PosedBound {
  const depth = Math.ceil(q.deepestMm / DEPTH_STEP) * DEPTH_STEP;
  return {
    inverted: q.inverted,
    stretched: q.stretched,
    deepestMm: Math.max(REQUIRED.deepestMm, Number(depth.toFixed(1))),
  };
}

/** Where a pose goes past its bound (the requirement when none is listed). */
export function exceedsBound(q: PosedQuality, bound: PosedBound = REQUIRED): string[] {
  const out: string[] = [];
  if (q.inverted > bound.inverted) out.push(`inverted ${q.inverted} > ${bound.inverted}`);
  if (q.stretched > bound.stretched) out.push(`over twice ${q.stretched} > ${bound.stretched}`);
  if (q.deepestMm > bound.deepestMm) out.push(`into bone ${q.deepestMm.toFixed(2)} > ${bound.deepestMm} mm`);
  return out;
}

/**
 * A listed pose's bound with the slack it may go past it by: 2 % of a count (at least 3
 * triangles) and one depth step. Remeshing a bone or reweighting one muscle moves unrelated
 * poses' counts by a triangle or two (the skin's weights follow the bones' surfaces), and a bound
 * of exact counts failed every such change however much it gained elsewhere. The slack does not
 * compound: shrinking keeps the lower of the listed and measured figures, and the sum over the
 * poses (`sumOf`) may go only 0.1 % past its lowest. A pose that meets the requirement gets none.
 */
export function withSlack(b: PosedBound): PosedBound {
  const slack = (n: number) => n + Math.max(3, Math.ceil(n * 0.02));
  return {
    inverted: slack(b.inverted),
    stretched: slack(b.stretched),
    deepestMm: Number((b.deepestMm + DEPTH_STEP).toFixed(1)),
  };
}

/** Triangles turned over and past twice their area, summed over poses' figures or bounds. */
export function sumOf(figures: readonly Pick<PosedBound, 'inverted' | 'stretched'>[]): {
  inverted: number;
  stretched: number;
} {
  return {
    inverted: figures.reduce((t, f) => t + f.inverted, 0),
    stretched: figures.reduce((t, f) => t + f.stretched, 0),
  };
}

/** Where a listed bound is looser than the pose now measures: the list must shrink to it. */
export function looserThan(q: PosedQuality, bound: PosedBound | undefined): string[] {
  if (!bound) return [];
  const tight = boundOf(q);
  const out: string[] = [];
  if (bound.inverted > tight.inverted) out.push(`inverted bound ${bound.inverted}, now ${tight.inverted}`);
  if (bound.stretched > tight.stretched) out.push(`over-twice bound ${bound.stretched}, now ${tight.stretched}`);
  if (bound.deepestMm > tight.deepestMm) out.push(`into-bone bound ${bound.deepestMm} mm, now ${tight.deepestMm} mm`);
  return out;
}

/** The tissues the requirement is about: the skin and the muscles. */
export const isSurface = (name: string): boolean => name === SKIN_NODE || parseMuscleNode(name) !== null;

function triangleCounts(rest: Float64Array, posed: Float64Array, indices: Uint32Array): [number, number] {
  let inverted = 0;
  let stretched = 0;
  const cross = (p: Float64Array, a: number, b: number, c: number): [number, number, number] => {
    const [ux, uy, uz] = [p[b * 3]! - p[a * 3]!, p[b * 3 + 1]! - p[a * 3 + 1]!, p[b * 3 + 2]! - p[a * 3 + 2]!];
    const [vx, vy, vz] = [p[c * 3]! - p[a * 3]!, p[c * 3 + 1]! - p[a * 3 + 1]!, p[c * 3 + 2]! - p[a * 3 + 2]!];
    return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
  };
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const n0 = cross(rest, a, b, c);
    const n1 = cross(posed, a, b, c);
    const area0 = Math.hypot(...n0);
    if (area0 === 0) continue;
    if (n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2] < 0) inverted++;
    if (Math.hypot(...n1) > 2 * area0) stretched++;
  }
  return [inverted, stretched];
}

function bvh(positions: Float64Array, indices: Uint32Array): MeshBVH {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  g.setIndex(new BufferAttribute(indices, 1));
  return new MeshBVH(g);
}

/** How far from a bone's surface a point inside it is looked for (m): deeper than any muscle is found. */
const NEAR = 0.01;

/** A mesh's bounding box grown by `margin`: [min x, y, z, max x, y, z]. */
function grownBox(p: Float64Array, margin: number): number[] {
  const box = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let i = 0; i < p.length; i++) {
    box[i % 3] = Math.min(box[i % 3]!, p[i]! - margin);
    box[3 + (i % 3)] = Math.max(box[3 + (i % 3)]!, p[i]! + margin);
  }
  return box;
}

const inBox = (b: readonly number[], q: Vector3): boolean =>
  q.x >= b[0]! && q.y >= b[1]! && q.z >= b[2]! && q.x <= b[3]! && q.y <= b[4]! && q.z <= b[5]!;

const rays = [new Vector3(1, 0.013, 0.007).normalize(), new Vector3(0.011, 1, -0.017).normalize()];

/** How far a point lies inside a closed mesh (0 outside, or farther than `within` from its surface). */
function depthInside(tree: MeshBVH, p: Vector3, within: number): number {
  // Inside first: most sampled points lie outside the bone, and a ray or two settles that for
  // less than the search for the nearest surface point.
  for (const dir of rays) if (tree.raycast(new Ray(p, dir), DoubleSide).length % 2 === 0) return 0;
  const hit = tree.closestPointToPoint(p, undefined, 0, within);
  return hit ? hit.distance : 0;
}

/** Whether two position arrays hold the same numbers. */
function samePositions(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface PosedBone {
  readonly name: string;
  readonly positions: Float64Array;
  readonly tree: MeshBVH;
  readonly box: number[];
}

export class PosedQualityMeter {
  private readonly rest = new Map<string, Float64Array>();
  /**
   * Each bone's tree from the last pose that measured it: most poses leave most bones where the
   * last one had them (the ribs, shoulder girdle and thoracic spine stay put while the head turns),
   * and a tree over the same positions is the same tree.
   */
  private readonly boneTrees = new Map<string, PosedBone>();

  constructor(
    private readonly model: LoadedModel,
    private readonly skinned: ReadonlyMap<string, SkinnedMesh>,
    /**
     * Every this many muscle vertices one is checked against the bones. The test checks every
     * vertex: checking every third, a remesh that added two vertices to a muscle moved which ones
     * were seen, and a pose's deepest figure swung by up to 1.3 mm with the muscle where it was.
     */
    private readonly boneSampleStep = 1,
  ) {
    const worlds = jointWorlds(model.doc, {});
    for (const [name, mesh] of skinned) this.rest.set(name, posedPositions(mesh, worlds));
  }

  measure(pose: Pose): PosedQuality {
    const worlds = jointWorlds(this.model.doc, pose);
    const posed = new Map<string, Float64Array>();
    for (const [name, mesh] of this.skinned)
      if (isSurface(name) || name.startsWith(BONE_PREFIX)) posed.set(name, posedPositions(mesh, worlds));
    const byMesh = new Map<string, [number, number]>();
    let inverted = 0;
    let stretched = 0;
    for (const [name, p] of posed) {
      if (!isSurface(name)) continue;
      const counts = triangleCounts(this.rest.get(name)!, p, this.skinned.get(name)!.indices);
      byMesh.set(name, counts);
      inverted += counts[0];
      stretched += counts[1];
    }
    const bones = [...posed].filter(([name]) => name.startsWith(BONE_PREFIX)).map(([name, p]) => this.boneAt(name, p));
    let deepestMm = 0;
    let deepest = '';
    const q = new Vector3();
    for (const [name, p] of posed) {
      if (!parseMuscleNode(name)) continue;
      for (let i = 0; i < p.length / 3; i += this.boneSampleStep) {
        q.set(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!);
        for (const b of bones) {
          if (!inBox(b.box, q)) continue;
          const d = mToMm(depthInside(b.tree, q, NEAR));
          if (d > deepestMm) [deepestMm, deepest] = [d, `${name} in ${b.name.slice(BONE_PREFIX.length)}`];
        }
      }
    }
    return { inverted, stretched, deepestMm, deepest, byMesh };
  }

  private boneAt(name: string, positions: Float64Array): PosedBone {
    const known = this.boneTrees.get(name);
    if (known && samePositions(known.positions, positions)) return known;
    const tree = bvh(positions, this.skinned.get(name)!.indices);
    const bone = { name, positions, tree, box: grownBox(positions, NEAR) };
    this.boneTrees.set(name, bone);
    return bone;
  }
}
