import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { mToMm } from '../../src/mapping/units';
import { jointOrigins, type Bone } from '../../src/movement';
import { vertebralBody } from '../../src/movement/spine';
import type { NamedMesh } from './gltf';
import { BONE_PREFIX, contextNode } from '../../src/model-contract';
import { addCarrier, boneCarrier, smoothValues, smoothWeights, type BodyWeights } from './joint-weights';

/**
 * Weights for the skin and the context parts (larynx, straps, facial muscles, eyes): soft tissue
 * that no single bone carries. A vertex goes with the bones nearest it: the skull, the mandible,
 * the hyoid (carried as the movement layer carries it), a shoulder girdle, or the column (the
 * vertebrae and the thorax, and the airway in front of them: `AIRWAY`), each weighted
 * exp(-(its distance - the nearest's) / `SOFT_TISSUE_FALLOFF_MM`), distances to the surfaces in
 * mm. So the lips and chin open with the jaw, the floor of the mouth follows the jaw and the
 * hyoid, and the shoulders their girdle. The column's share goes to
 * the level of the neck at the vertex's height: a partition of unity over the levels thorax, C7
 * ... C1, skull, linear between their heights and averaged over `LEVEL_SMOOTH_MM` either side, so
 * the skin round the neck twists with the vertebrae at its height, spread over more than one
 * segment, rather than following the nearest spinous process.
 */
const FALLOFF_MM = 15;
/**
 * The falloff of the skin's and the context parts' own field (`weights`); `FALLOFF_MM` stays for
 * the girdle's share of the muscles that reach the shoulder (`parts`). The skin of the front of
 * the neck lies 10-25 mm over the airway and 30-50 mm from the mandible, and moves with the jaw
 * above and the chest below: as the mandible's and the hyoid's shares fell away over 15 mm, full
 * extension, which nearly doubles the length of the skin from the chin-neck angle to the jugular
 * notch, gathered that length where they fell away, under the chin and above the notch (its
 * triangles there stretched to 1.8-2.1 times their area on average), and flexion gathered its
 * folds there. Over 19 mm the shares hand over across more of the neck's front and sides. Over all
 * poses, triangles turned over and past twice their area 1,718 and 2,134 -> 1,589 and 2,054 (the
 * skin 749 and 646 -> 620 and 566; extension 44/415 -> 43/335, flexion 167/10 -> 117/11); muscle
 * and context vertices outside the posed skin 17,149 -> 16,939. The context parts (the straps, the
 * larynx, the facial muscles) take the same falloff as the skin over them, or the skin moved off
 * them: the skin alone over 19 mm, 18,869 vertices out (the depressor anguli oris 943 -> 1,941).
 * Over 22 mm, 1,574 and 2,005 (the skin 605 and 517) but 17,332 out; over 25 mm 1,503 and 1,980
 * (534 and 492) and 18,110 out, the SCM's sternal heads and the digastric's anterior bellies
 * showing through in the turns and flexion.
 */
const SOFT_TISSUE_FALLOFF_MM = 19;
const LEVEL_SMOOTH_MM = 12;
/**
 * How far either side the skin's and the context parts' levels are averaged once their column's
 * share is evened out over the mesh (`SoftTissueField.weights`), which already spreads a twist
 * over more than one segment. Over all poses, triangles turned over and past twice their area
 * (measured on the committed model reweighted): 3 mm 13,553 and 21,858; 6 mm 13,353 and 22,208;
 * 9 mm 13,362 and 23,024; 12 mm 13,610 and 24,347; 14,154 and 25,992 with the levels evened out
 * with the rest.
 */
const LEVELS_EVENED_MM = 6;
const LEVEL_SAMPLES = 9;
/** The skull's level lies this far above the occipito-atlantal joint: above it the column is the head. */
const SKULL_LEVEL_ABOVE_JOINT_MM = 12;

type Group = 'skull' | 'mandible' | 'hyoid' | 'axial' | 'airway' | 'girdle-left' | 'girdle-right';
const groups: readonly Group[] = ['skull', 'mandible', 'hyoid', 'axial', 'airway', 'girdle-left', 'girdle-right'];

/**
 * The larynx and the trachea: the field takes them as part of the column, their share going to
 * the neck's levels at the vertex's height as the vertebrae's does. The airway lies 40-70 mm in
 * front of the vertebral bodies with no bone near, so the front of the neck's skin and the straps
 * and thyroid gland around it weighed the hyoid above and the thorax below and took none of the
 * levels between: bending or turning, the neck's front gathered its whole change of length
 * between the hyoid and the sternum. In life the trachea is carried by the cervical column it lies
 * on and lengthens with it. Over all poses, triangles turned over and past twice their area: skin
 * and muscles 2,719 and 2,844 -> 2,450 and 2,731 (the skin 1,229 and 842 -> 951 and 719); the
 * thyroid gland 2,397 and 2,879 -> 325 and 408, the sternothyroids 721 and 895 -> 50 and 126 (left);
 * muscle and context vertices outside the posed skin 21,657 -> 20,809. With the trachea and the
 * cricoid only (not the thyroid cartilage), the skin 1,094 and 787.
 */
const AIRWAY: ReadonlySet<string> = new Set(['trachea', 'cricoid-cartilage', 'thyroid-cartilage'].map(contextNode));
const HYOID = boneCarrier('hyoid').carrier;

function groupOf(bone: string): Group {
  const { carrier, side } = boneCarrier(bone);
  if (bone === 'hyoid') return 'hyoid';
  if (carrier === 'skull' || carrier === 'mandible') return carrier;
  if (carrier === 'shoulder-girdle') return `girdle-${side}`;
  return 'axial';
}

/** One tree over the meshes' triangles, in their order (positions in mm). */
export function tree(meshes: readonly NamedMesh[]): MeshBVH {
  const vertices = meshes.reduce((n, m) => n + m.mesh.positions.length / 3, 0);
  const positions = new Float32Array(vertices * 3);
  const index = new Uint32Array(meshes.reduce((n, m) => n + m.mesh.indices.length, 0));
  let v = 0;
  let t = 0;
  for (const { mesh } of meshes) {
    positions.set(mesh.positions, v * 3);
    for (let k = 0; k < mesh.indices.length; k++) index[t + k] = mesh.indices[k]! + v;
    v += mesh.positions.length / 3;
    t += mesh.indices.length;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  return new MeshBVH(geometry);
}

/** The neck's levels, from the thorax up to the skull, each with its height (mm). */
export type Levels = readonly { body: Bone; y: number }[];

/** The column's levels from the bottom up, with their heights (mm). */
function columnLevels(): Levels {
  const body = (level: 't1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6' | 'c7') => mToMm(vertebralBody(level)[1]);
  return [
    { body: 'thorax', y: body('t1') },
    ...(['c7', 'c6', 'c5', 'c4', 'c3', 'c2'] as const).map((l) => ({ body: l, y: body(l) })),
    // The atlas's ring lies between its joint with the axis and its joint with the occiput.
    { body: 'c1', y: mToMm((jointOrigins.c1[1] + jointOrigins.skull[1]) / 2) },
    { body: 'skull', y: mToMm(jointOrigins.skull[1]) + SKULL_LEVEL_ABOVE_JOINT_MM },
  ];
}

/** The level weights at height y: linear between neighbouring levels, the end levels beyond. */
function hatLevels(levels: Levels, y: number, scale: number, out: BodyWeights): void {
  const add = (body: Bone, w: number): void => void out.set(body, (out.get(body) ?? 0) + w * scale);
  if (y <= levels[0]!.y) return add(levels[0]!.body, 1);
  for (let i = 1; i < levels.length; i++) {
    const [a, b] = [levels[i - 1]!, levels[i]!];
    if (y <= b.y) {
      const t = (y - a.y) / (b.y - a.y);
      add(a.body, 1 - t);
      add(b.body, t);
      return;
    }
  }
  add(levels[levels.length - 1]!.body, 1);
}

const levels = columnLevels();
/** The neck's levels without those of `skip` (a superficial layer that no tie holds to them). */
export const levelsWithout = (skip: ReadonlySet<Bone>): Levels => levels.filter((l) => !skip.has(l.body));

/**
 * Adds `share` of the neck's levels at height `yMm`: linear between neighbouring levels, averaged
 * over `LEVEL_SMOOTH_MM` either side, so a twist of the neck spreads over more than one segment.
 */
export function addLevels(
  out: BodyWeights,
  yMm: number,
  share: number,
  smoothMm = LEVEL_SMOOTH_MM,
  column: Levels = levels,
): BodyWeights {
  if (share <= 0) return out;
  for (let k = 0; k < LEVEL_SAMPLES; k++) {
    const dy = smoothMm * ((2 * k) / (LEVEL_SAMPLES - 1) - 1);
    hatLevels(column, yMm + dy, share / LEVEL_SAMPLES, out);
  }
  return out;
}

export class SoftTissueField {
  private readonly trees: ReadonlyMap<Group, MeshBVH>;
  /** Each bone by its name (`c2-axis`), and the trees of single bones asked for so far. */
  private readonly bones: ReadonlyMap<string, NamedMesh>;
  private readonly boneTrees = new Map<string, MeshBVH>();

  /** The model's meshes: its bones, and the airway's parts among its context. */
  constructor(meshes: readonly NamedMesh[]) {
    const bones = meshes.filter((m) => m.tissue === 'bone');
    const groups = new Map<Group, NamedMesh[]>([['airway', meshes.filter((m) => AIRWAY.has(m.name))]]);
    if (groups.get('airway')!.length !== AIRWAY.size)
      throw new Error(`The model lacks a part of the airway: ${[...AIRWAY]}`);
    for (const b of bones) {
      const g = groupOf(b.name.slice(BONE_PREFIX.length));
      groups.set(g, [...(groups.get(g) ?? []), b]);
    }
    this.trees = new Map([...groups].map(([g, meshes]) => [g, tree(meshes)]));
    this.bones = new Map(bones.map((b) => [b.name.slice(BONE_PREFIX.length), b]));
  }

  private readonly hit = { point: new Vector3(), distance: 0, faceIndex: 0 };

  /** Distance (mm) from `p` to the nearest point of a tree. */
  private distanceTo(t: MeshBVH, p: Vector3): number {
    this.hit.distance = Infinity;
    t.closestPointToPoint(p, this.hit);
    return this.hit.distance;
  }

  private distancesTo(t: MeshBVH, positions: Float32Array): Float64Array {
    const p = new Vector3();
    return Float64Array.from({ length: positions.length / 3 }, (_, i) =>
      this.distanceTo(t, p.set(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!)),
    );
  }

  /** Each vertex's distance (mm) to the skull, the mandible or the column (positions in mm). */
  distances(positions: Float32Array, group: 'skull' | 'mandible' | 'axial'): Float64Array {
    return this.distancesTo(this.trees.get(group)!, positions);
  }

  /** One bone's mesh, by its name in the contract (`c2-axis`). */
  bone(name: string): NamedMesh {
    const mesh = this.bones.get(name);
    if (!mesh) throw new Error(`No bone "${name}"`);
    return mesh;
  }

  /** One bone's tree, by its name in the contract (`c2-axis`): built once, the first time it is asked for. */
  boneTree(name: string): MeshBVH {
    if (!this.boneTrees.has(name)) this.boneTrees.set(name, tree([this.bone(name)]));
    return this.boneTrees.get(name)!;
  }

  /** Each vertex's distance (mm) to one bone, by its name in the contract (`c2-axis`). */
  boneDistances(positions: Float32Array, bone: string): Float64Array {
    return this.distancesTo(this.boneTree(bone), positions);
  }

  /**
   * For each vertex of a mesh (positions in mm), the mandible's part of whatever the head carries
   * there: 1 / (1 + exp((distance to the mandible - distance to the skull) / `blendMm`)), so the
   * nearer of the head's two bones takes it, the two sharing it where they lie equally near.
   */
  jawShareOfHead(positions: Float32Array, blendMm: number): number[] {
    const mandible = this.distances(positions, 'mandible');
    const skull = this.distances(positions, 'skull');
    return Array.from(mandible, (d, i) => 1 / (1 + Math.exp((d - skull[i]!) / blendMm)));
  }

  /**
   * For each vertex of a mesh (positions in mm), the weights of the bones but the column's, and
   * the column's share apart (which the neck's levels take, `weights`), falling off over `falloffMm`.
   */
  parts(positions: Float32Array, falloffMm = FALLOFF_MM): { bones: BodyWeights[]; column: Float64Array } {
    const p = new Vector3();
    const column = new Float64Array(positions.length / 3);
    const bones = Array.from({ length: column.length }, (_, i) => {
      p.set(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
      const near = groups.map((g) => ({ g, d: this.distanceTo(this.trees.get(g)!, p) }));
      const nearest = Math.min(...near.map((n) => n.d));
      const raw = near.map((n) => ({ g: n.g, w: Math.exp(-(n.d - nearest) / falloffMm) }));
      const sum = raw.reduce((t, r) => t + r.w, 0);
      const out: BodyWeights = new Map();
      for (const { g, w } of raw) {
        const share = w / sum;
        if (g === 'axial' || g === 'airway') column[i] = column[i]! + share;
        else if (g === 'hyoid') addCarrier(out, HYOID, 'left', share);
        else if (g === 'girdle-left' || g === 'girdle-right')
          addCarrier(out, 'shoulder-girdle', g === 'girdle-left' ? 'left' : 'right', share);
        else addCarrier(out, g, 'left', share);
      }
      return out;
    });
    return { bones, column };
  }

  /**
   * Weights for each vertex of a mesh (positions in mm), evened out over it by `passes` of
   * `smoothWeights`: the bones' weights and the column's share each evened out, and the column's
   * share then given to the neck's levels at the height it came from (evened out with it, so
   * near the vertex's own), averaged over `LEVELS_EVENED_MM` either side. Evened out after the
   * levels were added (averaged over `LEVEL_SMOOTH_MM`), a vertex of the neck's skin weighed
   * five or six levels besides the head, the jaw and a girdle; glTF keeps four, and taking the
   * fifth's weight from the four (`packWeights`) moved the rest toward the heaviest, often the
   * jaw or a girdle. Posed with its own weights the skin turned over 78 triangles in a full turn
   * and doubled 14; with the four it kept, 281 and 321 (over all poses 1,832 and 984 against
   * 4,536 and 7,016). With the levels after: its own 89 and 13, the four 179 and 144 (over all
   * poses 1,907 and 1,036, the four 3,735 and 3,232).
   */
  weights(positions: Float32Array, indices: Uint32Array, passes: number): BodyWeights[] {
    const { bones, column } = this.parts(positions, SOFT_TISSUE_FALLOFF_MM);
    const height = column.map((c, i) => c * positions[i * 3 + 1]!);
    return evenedWithLevels(bones, { share: column, height }, indices, passes, LEVELS_EVENED_MM);
  }
}

/** A mesh's share of the neck's levels per vertex, and that share times the height it rides them at (mm). */
export interface LevelsApart {
  readonly share: Float64Array;
  readonly height: Float64Array;
}

/**
 * Weights evened out over a mesh by `passes` of `smoothWeights` with the levels' share kept apart:
 * the share and its height evened out alike, then given to the neck's levels at the height it
 * came from (`addLevels`, averaged over `smoothMm` either side), so a vertex weighs the few levels
 * near its own height rather than every level its neighbours brought in (`SoftTissueField.weights`
 * says what that cost). `pinned` vertices keep theirs; `column` the levels ridden, if not all.
 */
export function evenedWithLevels(
  weights: readonly BodyWeights[],
  levels: LevelsApart,
  indices: Uint32Array,
  passes: number,
  smoothMm: number,
  pinned: (v: number) => boolean = () => false,
  column?: Levels,
): BodyWeights[] {
  const share = smoothValues(levels.share, indices, passes, pinned);
  const height = smoothValues(levels.height, indices, passes, pinned);
  return smoothWeights(weights, indices, passes, pinned).map((w, v) =>
    share[v]! > 0 ? addLevels(w, height[v]! / share[v]!, share[v]!, smoothMm, column) : w,
  );
}
