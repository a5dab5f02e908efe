import { smoothstep, type Vec3 } from '../../src/mapping/vec';
import type { Side } from '../../src/mapping/side';
import type { MuscleId } from '../../src/mapping/types';
import { attachments } from '../../src/mapping/attachments';
import { resolveAnchor } from '../../src/mapping';
import { mToMm } from '../../src/mapping/units';
import type { Carrier } from '../../src/movement';
import type { NamedMesh } from './gltf';
import { addCarrier, blendWeights, boneCarrier, smoothValues, type BodyWeights } from './joint-weights';
import type { SoftTissueField } from './soft-tissue-weights';

/**
 * Muscles that go with a bone they lie on (their bed) where they lie on it, over the blend along
 * their fibres that `skin-weights.ts` gives them: as the fascia that binds them there takes them.
 * Each entry, its distances and the figures that chose them are below.
 */

/**
 * Where a muscle may lie: the skull, the mandible, the column as a whole (`axial`: the vertebrae,
 * the thorax's bones), one bone of the column by its name in the contract, or a bone of a pair
 * (`PAIRED`) on the muscle's own side.
 */
type Place = 'skull' | 'mandible' | 'axial' | 'c1-atlas' | 'c2-axis' | 'c3' | 'first-rib' | 'clavicle' | 'scapula';
/** Places that are one bone of a pair: the muscle's own side's. */
const PAIRED: ReadonlySet<Place> = new Set(['first-rib', 'clavicle', 'scapula']);
const placeBone = (place: Place, side: Side): string => (PAIRED.has(place) ? `${place}-${side}` : place);
/** The places a muscle may lie on and go with, and those it is measured against (all of them). */
interface Bed {
  readonly on: readonly Place[];
  readonly among: readonly Place[];
  /** Its ends' holds (`END_HOLD_MM` in skin-weights.ts) stay wholly on the bones they attach to. */
  readonly endsKept?: true;
  /**
   * The share it goes with its bed by is evened out over its mesh (`BED_SMOOTHING_PASSES`), for a
   * muscle with one bed: measured per vertex, the share jumps where a small muscle's folded
   * surface comes near another bone, and a turn folds its small triangles there.
   */
  readonly evened?: true;
  /** Its own `BED_SMOOTHING_PASSES`, for an evened share. */
  readonly passes?: number;
  /** Its own `BED_MM` on some of its places. */
  readonly within?: Partial<Record<Place, readonly [number, number]>>;
  /** How much nearer its bed than the other places it must lie, if not `CLEAR_MM` (mm). */
  readonly clearMm?: readonly [number, number];
}
const BED_MM: readonly [number, number] = [2, 5];
const CLEAR_MM: readonly [number, number] = [3, 8];
const HEAD_OR_COLUMN: readonly Place[] = ['skull', 'mandible', 'axial'];
/** The column's top bones, each its own place: a muscle on the atlas is measured against the axis. */
const UPPER_COLUMN: readonly Place[] = ['c1-atlas', 'c2-axis', 'c3'];
const BED_SMOOTHING_PASSES = 40;
const ANCHOR_KEPT_MM = 2;

/** A muscle's attachment anchors, mm. */
function anchorsMm(id: MuscleId, side: Side): Vec3[] {
  const { origin, insertion } = attachments[id];
  return [...origin, ...insertion].map((a) => resolveAnchor(a, side).map(mToMm) as unknown as Vec3);
}

const BEDS: Partial<Record<MuscleId, Bed>> = {
  'masseter-deep': { on: ['skull', 'mandible'], among: HEAD_OR_COLUMN },
  'lateral-pterygoid': { on: ['skull', 'mandible'], among: HEAD_OR_COLUMN },
  'medial-pterygoid': { on: ['skull', 'mandible'], among: HEAD_OR_COLUMN },
  'splenius-capitis': {
    on: ['skull', 'c1-atlas'],
    among: ['skull', 'mandible', ...UPPER_COLUMN],
    within: { skull: [3, 7], 'c1-atlas': [6, 14] },
  },
  'obliquus-capitis-superior': { on: ['skull'], among: HEAD_OR_COLUMN, endsKept: true, evened: true },
  // Its belly runs from the axis's spine out under the posterior arch of the atlas to the atlas's
  // transverse process, against the arch: evened out without this bed, a vertex 0.4 mm off the
  // arch rode the axis 68 % and the arch came 2.2 mm into it as the head extended (full extension,
  // forward-head posture); going with the atlas where it lies on it, no pose takes it past 2 mm.
  // In a full turn the atlas turns 42 degrees on the axis and its arch sweeps into the belly of the
  // muscle on the side turned from, there 20-54 % with the axis: 2.13 mm deep with the share
  // evened over 40 passes. Over 35, more of it stays by the arch: 2.07 mm, its triangles turned
  // over / past twice their area in all poses 24/4 -> 22/4 a side (the rest measured on the
  // committed model reweighted, where 35 gave 23/4). Over 30, 2.0 mm and 22/4-5; 25, 1.9 mm and
  // 22/6-7; 20, 1.8 mm and 20-21/7; and with its own weights evened over 16 passes rather than 12
  // and the share over 30, 2.1 mm and 19-20/5. Within 4-8 mm of the atlas rather than 2-5 (its
  // share evened over 20 passes), 1.7 mm but 19/9-10; 3-6 mm, 2.0 mm and 24/6; clear of the axis
  // by 2-6 mm rather than 3-8, 2.1 mm and 23-24/5; unsmoothed (as the rectus capitis posterior
  // minor in skin-weights.ts), 142/141; blended linearly along its fibres, 48-49/35.
  'obliquus-capitis-inferior': { on: ['c1-atlas'], among: UPPER_COLUMN, endsKept: true, evened: true, passes: 35 },
  'longus-colli': { on: ['c2-axis'], among: ['skull', ...UPPER_COLUMN], evened: true, passes: 25 },
  'longus-capitis': { on: ['c1-atlas', 'c2-axis'], among: ['skull', ...UPPER_COLUMN] },
  'sternocleidomastoid-clavicular': {
    on: ['first-rib'],
    among: ['first-rib', 'clavicle'],
    evened: true,
    clearMm: [2, 7],
  },
  'lower-trapezius': { on: ['scapula'], among: ['scapula', 'axial'], evened: true, within: { scapula: [6, 12] } },
};

/** The body a place's bone goes with (a group's own for the skull and the mandible). */
function placeCarrier(place: Place, side: Side): Carrier {
  return place === 'skull' || place === 'mandible' ? place : boneCarrier(placeBone(place, side)).carrier;
}

/** Each vertex's distance to a place: the field's group for the head's and the column's, else the one bone. */
function placeDistances(field: SoftTissueField, positions: Float32Array, place: Place, side: Side): Float64Array {
  return place === 'skull' || place === 'mandible' || place === 'axial'
    ? field.distances(positions, place)
    : field.boneDistances(positions, placeBone(place, side));
}

/**
 * Where a muscle lies on a bone that carries one of its ends (or a point of its path where fibres
 * attach, or, for the SCM's clavicular head, the first rib under its origin), or on one of the
 * upper column that turns under it, and is clear of the other bones, it
 * goes with that bone, as the fascia that binds it there takes it: within `BED_MM` of it (all of
 * it within the first number, none past the second; `Bed.within` for a muscle that lies on the
 * bone through the slips and fat of others) and nearer to it than to the other places it is
 * measured against by `CLEAR_MM` (none under the first, all past the second), its weights move
 * that far toward that bone alone. Blended along its fibres only:
 * - the deep masseter's back over the mandibular notch, 1-3 mm from the condylar neck and 8-15 mm
 *   from the arch, went 81-94 % with the skull, and the neck passed 4.4-4.6 mm into it as the jaw
 *   protruded or shifted aside (2.2-2.3 mm with this); the lateral pterygoid's upper head on the
 *   infratemporal surface (0.2-2 mm from the skull, 4-10 from the jaw, 27-67 % skull) 3.3-3.7 mm
 *   into the skull (1.9-2.3);
 * - the splenius capitis over the mastoid, 0.5-1.6 mm from it and 15 mm from the atlas, went
 *   62-76 % with the skull 9 mm from its insertion's end, and the mastoid turned 3.0 mm into it in
 *   the turns of the range-of-motion exercise (2.5; its triangles turned over in all the poses
 *   together 16,483 to 16,265 with the jaw's, and past twice their area 30,454 to 30,176). Its
 *   lateral edge 13 % of its way below the mastoid passes over the atlas's transverse process,
 *   2-4.5 mm off it over the slips of the levator scapulae and splenius cervicis, 10-14 mm from
 *   the mastoid and 19 mm from the axis: riding the levels at its height, 25-33 % the axis's,
 *   it stayed behind as the atlas turned 40 degrees on the axis and the process came 2.7 mm
 *   into it in a full turn. With the atlas its bed within 6-14 mm (the skull's within 3-7) and
 *   its weights evened over 50 passes (`SMOOTHING_PASSES_OF` in skin-weights.ts), under 2 mm, and its triangles in
 *   all the poses turn over 2,426 -> 2,270 and pass twice their area 5,560 -> 5,479 (both
 *   sides). With the atlas within 5-10 mm and 40 passes also under 2 mm, but 2,363 and 5,618:
 *   the turn's shear moved from over the process to below it. Within 2-5 mm, as the others, 2.6;
 *   that share evened out, 2.4; 60 passes, 2.0-2.1 mm and the forward-head posture's past twice
 *   208 -> 218;
 * - the obliquus capitis superior's insertion half on the occiput (from 15 % of its way 0.2-1 mm
 *   from the skull and 9-17 mm from the atlas) went only 20-40 % with the skull at 30-45 % of its
 *   way, and the occiput came down 2.6 mm into it in full extension and the forward-head posture
 *   (under 2 mm with this). Taken per vertex, the share also took the origin's hold on the
 *   atlas's transverse process, and the blend from the atlas to the skull, squeezed into 2 mm
 *   where its fold lies near both, turned over 89-93 of each side's triangles across the poses
 *   (none before); with the hold kept and the share evened out, 1;
 * - the longus colli over the body of the axis, where its vertical fibres attach (the via on C2 of
 *   `attachment-bones.ts`): 0.3-2.5 mm from it and 8-20 mm from the atlas, its last 6 mm rode the
 *   atlas wholly as its insertion's hold on the anterior tubercle, and as the atlas turned on the
 *   axis the body came 3.0 mm into it in a full turn (2.2-2.6 mm in the turned stretches and the
 *   range-of-motion turns). Taken per vertex, the share turned over 108-113 of each side's
 *   triangles across the poses (1 before); evened out, none, but it reached the anchors on the
 *   atlas (1.05-2.65 mm off it in a full turn, where they must ride within 1 mm). With the
 *   anchors kept (the vertices within 2 mm of them, 0.5-1.0 mm off), 2.4 mm in a full turn and
 *   18 triangles turned over; kept within 4 mm, 2.6 and 17 with the other turned poses past 2.
 *   Its share evened over 25 passes rather than 40, so the share rises sooner past the anchors
 *   (the lateral one 3.3 mm from the axis and 5.1 from the atlas), the vertices 4 mm below them
 *   on the body of the axis (0.4-1.8 mm off it, 40-50 % with the atlas) are under 2 mm in a full
 *   turn (from 2.4), its triangles in all the poses turned over 36 -> 50 and past twice 16 -> 20
 *   (20 passes: under 2 mm too, 48 and 22; 30: 2.1 mm);
 * - the longus capitis in front of the lateral masses of the atlas and axis (0.1-1.3 mm off the
 *   axis, 8-12 mm from the atlas): riding the levels there, 23-34 % the atlas's, the axis came
 *   2.4 mm into it in a full turn and 2.0 in the sternocleidomastoid's stretch; with the axis its
 *   bed, 1.5 mm, but its part on the atlas then took the axis's share spread up to it and went
 *   2.1 mm into the atlas, so the atlas is its bed too: both under 1.5 mm, no triangle more.
 * - the sternocleidomastoid's clavicular head, where its origin slip lies on the first rib behind
 *   the clavicle (0.4-1.2 mm from the rib, 3-8 mm from the clavicle, within its origin's 6 mm
 *   hold and so wholly with the girdle): as the clavicle dropped or drew back the slip went with
 *   it into the rib, which stays with the thorax: 2.4 mm (14 vertices a side) in shoulder
 *   depression and the four stretches that hold the shoulder down (upper trapezius, levator
 *   scapulae, this head, scalenes), 3.2 mm in full retraction, 3.1 mm (20) in the scapular
 *   retraction exercise. Taken with the thorax there (up to 68 % of it), as the fascia over the
 *   rib holds it, 2.0 mm in depression and under 2 in the others, no triangle more turned over or
 *   past twice its area in any pose; the anchors (within 2 mm) stay with the clavicle, and the
 *   part on the clavicle (within 5 mm, nearer it than the rib) with it. Clear of the clavicle by
 *   `CLEAR_MM` (3-8 mm) the part in the costoclavicular space (0.4 mm from the rib, 3.3 from the
 *   clavicle) kept 86 % girdle and went 2.1 mm in as the shoulder dropped; by 1.5-6 mm it cleared
 *   that, but as the lower trapezius's stretch raises and draws the shoulder forward three
 *   vertices held back went 2.2 mm into the rib. Its origin's lateral anchor (7.3 mm behind the
 *   clavicle) was also tried on the clavicle's upper surface instead: the whole head lay
 *   differently and the open mouth's SCM went 5.3 -> 5.5-5.8 mm into the mandible.
 * - the lower trapezius over the scapula, where its fibres converge on the root of the spine
 *   with the infraspinatus (not modelled) between it and the bone, so measured within 6-12 mm
 *   (`within`) and clear of the column: at 59 % of its way, 7.4 mm off the scapula and 36 % with
 *   the thorax, the medial border came 2.4 mm into it in full retraction (2.0 in the scapular
 *   retraction exercise); taken up to a fifth more with the girdle (498 of its 1,242 vertices
 *   by over 2 %, the border it shares with the upper trapezius by under 2 %), under 2 mm, no
 *   triangle more turned over or past twice its area in any pose.
 * Not the temporalis and the superficial masseter: their tendons slide over the infratemporal
 * crest and the ramus as the mouth opens, and held to the bone they lie on, 100 more of each
 * temporalis's triangles and 41 of each masseter's passed twice their area in the open mouth; nor
 * the buccinator, whose sheet between the jaws then tore at the corner of the mouth (490 more on
 * each side). A `CLEAR_MM` from 2 to 6 mm took the deep masseter and lateral pterygoid under 2 mm
 * but 20 more triangles past twice their area in the open mouth, the jaw poses' deepest muscles
 * being the temporalis and the buccinator either way (2.9 mm).
 */
function toBed(
  weights: BodyWeights[],
  held: readonly boolean[],
  anchors: readonly Vec3[],
  bed: Bed,
  field: SoftTissueField,
  mesh: NamedMesh['mesh'],
  side: Side,
): BodyWeights[] {
  const places = bed.among.map((place) => ({ place, d: placeDistances(field, mesh.positions, place, side) }));
  // Held at no share: an end's hold if it is kept, the attachments themselves (within
  // `ANCHOR_KEPT_MM` of an anchor) and where the muscle lies on another place: an evened share had
  // reached the longus colli's anchors on the atlas, 1.05-2.65 mm off it in a turn.
  const kept = new Uint8Array(weights.length);
  const target: (Place | undefined)[] = [];
  const p = mesh.positions;
  const atAnchor = (i: number): boolean =>
    anchors.some((a) => Math.hypot(p[i * 3]! - a[0], p[i * 3 + 1]! - a[1], p[i * 3 + 2]! - a[2]) < ANCHOR_KEPT_MM);
  const laid = Float64Array.from(weights, (_, i) => {
    const [near, next] = places.map(({ place, d }) => ({ place, d: d[i]! })).sort((a, b) => a.d - b.d);
    const onBed = bed.on.includes(near!.place);
    const within = bed.within?.[near!.place] ?? BED_MM;
    if ((bed.endsKept && held[i]) || (!onBed && near!.d < within[1]) || (bed.evened && atAnchor(i))) kept[i] = 1;
    if (kept[i] || !onBed) return 0;
    target[i] = near!.place;
    const [clear0, clear1] = bed.clearMm ?? CLEAR_MM;
    return (1 - smoothstep(within[0], within[1], near!.d)) * smoothstep(clear0, clear1, next!.d - near!.d);
  });
  // An evened share goes to the muscle's one bed where the bone's own vertices left it none.
  const share = bed.evened
    ? smoothValues(laid, mesh.indices, bed.passes ?? BED_SMOOTHING_PASSES, (v) => kept[v] === 1)
    : laid;
  return weights.map((w, i) => {
    const place = target[i] ?? bed.on[0]!;
    return share[i]! > 0 ? blendWeights(w, addCarrier(new Map(), placeCarrier(place, side), side), share[i]!) : w;
  });
}

/** A muscle's weights moved toward the bones it lies on (`BEDS`), or as they are if it has none. */
export function onBed(
  id: MuscleId,
  side: Side,
  weights: BodyWeights[],
  held: readonly boolean[],
  field: SoftTissueField,
  mesh: NamedMesh['mesh'],
): BodyWeights[] {
  const bed = BEDS[id];
  return bed ? toBed(weights, held, anchorsMm(id, side), bed, field, mesh, side) : weights;
}
