import { smoothstep } from '../../src/mapping/vec';
import type { Side } from '../../src/mapping/side';
import { BONE_PREFIX, parseMuscleNode } from '../../src/model-contract';
import { vertexAttributes } from '../../src/model-contract/attributes';
import { attachmentBones, restFibre, type Carrier } from '../../src/movement';
import type { LineCarrier } from '../../src/movement/attachment-bones';
import { attachments } from '../../src/mapping/attachments';
import { resolveAnchor, type Anchor } from '../../src/mapping';
import { mmToM, mToMm, pointMToMm } from '../../src/mapping/units';
import type { Vec3 } from '../../src/mapping/vec';
import type { MuscleId } from '../../src/mapping/types';
import { distance } from '../../src/mapping/vec';
import { shoulderGirdle } from '../../src/movement/bones';
import type { NamedMesh } from './gltf';
import { addCarrier, blendWeights, boneCarrier, packWeights, smoothWeights, type BodyWeights } from './joint-weights';
import { skinOverMuscle } from './skin-over-muscle';
import { auriclesOnSkull } from './auricle-weights';
import { nearestOnLine } from './curves';
import { FourJointFit } from './weight-fitting';
import { onBed } from './muscle-beds';
import { jawPushShares, pushEnvelope, towardJaw, type PushedByJaw } from './jaw-path';
import {
  addLevels,
  evenedWithLevels,
  levelsWithout,
  SoftTissueField,
  type Levels,
  type LevelsApart,
} from './soft-tissue-weights';

/**
 * Skin weights for every mesh, so the skeleton (`skeleton.ts`) poses the model as the movement
 * layer moves its bodies:
 * - a bone is carried wholly by its body (the hyoid by its own, `src/movement/hyoid.ts`);
 * - a muscle's vertex by the carriers of the fibre path it lies on (`restFibre`), blended with a
 *   smoothstep between the path's points by how far along the fibre it is (TEXCOORD_0 v), so its
 *   ends ride with the bones they attach to and its belly blends between them;
 * - the skin and the context parts by the soft-tissue field (`soft-tissue-weights.ts`).
 */

/** Samples across a muscle's width at which its fibre's carriers are worked out (then interpolated). */
const ACROSS_SAMPLES = 32;
/** Each end of a fibre rides wholly with its bone over this length before the belly's blend starts (mm). */
const END_HOLD_MM = 6;
/**
 * Muscles whose ends are held longer (mm, up to a quarter of the fibre): the rectus capitis
 * posterior minor's, whose weights are left as its fibres give them (`SMOOTHING_PASSES_OF`, which
 * gives the figures). Its fan's ends are rumpled where it meets the occiput and the atlas's
 * posterior tubercle, and the place along its fibres (TEXCOORD_0 v) runs back and forth there; held
 * on their bones, those parts move as one piece.
 */
const END_HOLD_MM_OF: Partial<Record<MuscleId, number>> = { 'rectus-capitis-posterior-minor': 9 };
/**
 * A muscle that crosses the neck hands over from each end's bones to the neck's levels at the
 * vertex's own height over this length (mm), or a quarter of the fibre if that is shorter.
 */
const BELLY_BLEND_MM = 20;

/** Weights at a point by its height (mm): an attachment's own, or the neck's levels there. */
type AtHeight = (yMm: number) => BodyWeights;
const atAnyHeight =
  (w: BodyWeights): AtHeight =>
  () =>
    w;

/**
 * Whether two carriers are bodies of the neck's column with a level between them (C4 and C7). Not
 * the atlas: the head turns on the axis with it, and a line from it rides it alone (the levels at
 * its height, partly the axis's, left the levator scapulae 5.7 mm inside the turned mandible).
 * The skull counts as the column's top level: the upper trapezius's origin runs from the external
 * occipital protuberance down the ligamentum nuchae, which is tied to the spines of C1 to C7, to
 * the axis's level and on to C7. Smoothstepped straight from the skull to the axis, its part by
 * the midline under the occiput (70-80 mm behind the axis) weighed the skull more the higher its
 * fibre left the line, so more the further out: as the head turned 40 degrees on the axis the
 * outer part swept over the inner and turned over (a full turn 188 of its triangles on the side
 * turned to). Riding the levels at its height there, it twists as the tissue beside it does. Over
 * all poses its triangles turned over and past twice their area 479 and 422 -> 198 and 152 a
 * side; no pose worse (a full turn, skin and muscles, 983 and 512 -> 808 and 401); with the
 * levels it rides leaving out the atlas's (`CLEAR_OF_ATLAS_AND_AXIS`), 109 and 92.
 */
function levelsBetween(a: Carrier, b: Carrier): boolean {
  const level = (c: Carrier): number =>
    typeof c === 'string' && c !== 'c1' && (COLUMN.has(c) || c === 'skull') ? STACK.indexOf(c) : -1;
  const [la, lb] = [level(a), level(b)];
  return la >= 0 && lb >= 0 && Math.abs(la - lb) > 1;
}

/** How `acrossLine` blends a line: `linear` held `heldMm` on each anchor, and the neck's levels it rides. */
interface LineBlend {
  readonly linear?: boolean;
  readonly heldMm?: number;
  readonly column?: Levels;
}

/**
 * The carriers along an attachment line at a fraction `u` across the muscle: each anchor's own,
 * smoothstepped between neighbouring anchors by rest length (the movement layer blends them
 * linearly; the smoothstep holds a vertex near an anchor on that anchor's bone), or `linear`ly
 * (`LINEAR_ORIGIN`, `LINEAR_FROM_ATLAS`). Between anchors on vertebrae a level or more apart the line is attached to
 * those in between too (the ligamentum nuchae to each spine from C4 to C7, the scalenes to each
 * transverse process): there a point rides the neck's levels at its height, as a crossing muscle's
 * belly does, and only within `END_HOLD_MM` of an anchor that anchor's own vertebra (the movement
 * layer's anchors stay where it puts them).
 * A blend of the two anchors' vertebrae stretched the splenius capitis over C5 and C6 between C4
 * and C7 as the lower neck bent forward and the upper back (forward-head posture).
 */
function acrossLine(
  anchors: readonly Anchor[],
  line: LineCarrier,
  side: Side,
  u: number,
  { linear = false, heldMm = 0, column }: LineBlend = {},
): AtHeight {
  const carrierAt = (i: number): Carrier =>
    Array.isArray(line) ? (line as readonly Carrier[])[i]! : (line as Carrier);
  if (anchors.length === 1 || !Array.isArray(line)) return atAnyHeight(addCarrier(new Map(), carrierAt(0), side));
  const points = anchors.map((a) => resolveAnchor(a, side));
  const cumulative = [0];
  for (let i = 1; i < points.length; i++) cumulative.push(cumulative[i - 1]! + distance(points[i - 1]!, points[i]!));
  const s = Math.min(1, Math.max(0, u)) * cumulative[cumulative.length - 1]!;
  let i = 0;
  while (i < points.length - 2 && s > cumulative[i + 1]!) i++;
  const span = cumulative[i + 1]! - cumulative[i]!;
  // Anchors nearer than twice the hold share the span: each is held for a quarter of it at most.
  const held = Math.min(mmToM(heldMm), span / 4);
  const t = linear
    ? span > 0
      ? Math.min(1, Math.max(0, (s - cumulative[i]! - held) / (span - 2 * held)))
      : 0
    : smoothstep(cumulative[i]!, cumulative[i + 1]!, s);
  const anchored = blendWeights(
    addCarrier(new Map(), carrierAt(i), side),
    addCarrier(new Map(), carrierAt(i + 1), side),
    t,
  );
  if (!levelsBetween(carrierAt(i), carrierAt(i + 1))) return atAnyHeight(anchored);
  const hold = mmToM(END_HOLD_MM);
  const levels = Math.min(smoothstep(0, hold, s - cumulative[i]!), smoothstep(0, hold, cumulative[i + 1]! - s));
  return (yMm) => blendWeights(anchored, addLevels(new Map(), yMm, 1, undefined, column), levels);
}

/**
 * Muscles whose origin line is blended linearly between its anchors (`acrossLine`). The
 * buccinator's sheet spans the gap between the jaws, and its origin runs from the maxilla (skull)
 * over the pterygomandibular raphe (half each jaw) to the mandible: smoothstepped, the sheet moved
 * as one piece for a stretch either side of the raphe and the opening's stretch gathered between
 * it and the jaws; linear, it spreads evenly over the sheet's height, as the movement layer blends
 * the line. Per side, turned over / past twice its area, smoothstep -> linear: open mouth 37/241
 * -> 31/230, masseter stretch 27/117 -> 14/117, medial pterygoid stretch 25-27/122-130 ->
 * 14-15/121-128, side shift 0/4-5 -> 0/2-4; deepest in the mandible: protrusion 2.9 -> 2.8 mm,
 * the medial pterygoid stretch 2.8 -> 2.7 mm. Its insertion keeps the smoothstep: over the
 * modiolus's short line (10 mm, the upper lip to the lower) the vertex nearest the modiolus,
 * linear, rode 2.0 mm off the blend that carries it in the open mouth (1.05 mm smoothstepped; the
 * attachment test allows 1.5). Linear but held flat 2 mm either side of each anchor, the ends rode
 * within 0.1 mm but the protrusion's and side shift's past-twice counts rose to 26 and 19 a side.
 * Riding each jaw by where it lies instead (the head's share split by the distances to the skull
 * and the mandible, as `jawShareOfHead`, over the sheet between its ends) the inner face over the
 * occlusal line went one way and the outer the other: blended over 4 mm the open mouth's
 * past-twice count rose from 241 to 628 a side, over 10 mm to 250 with 44 turned over, the
 * deepest hardly changed (2.6-2.8 mm): the sheet lies on the teeth of both jaws.
 */
const LINEAR_ORIGIN: ReadonlySet<MuscleId> = new Set(['buccinator']);

/**
 * Muscles whose line of slips down the transverse processes from the atlas is blended linearly
 * between its anchors too (`acrossLine`), not smoothstepped. The levator scapulae arises by slips
 * from the atlas to C4, and the line rides the atlas at one end and C4 at the other (not the levels
 * between: the turn of the neck is half between the atlas and the axis, and a share of C2 and C3
 * through the middle gathered that half over the line's upper third and turned twice as many of
 * its triangles over). In a full turn the atlas's end swings 25-30 mm round past C4's; smoothstepped,
 * that swing was gathered into the middle of the line, 1.5 times as steep, and the held origin
 * sheared there and turned over (a full turn 68 of its triangles on the side turned from, 19 on the
 * other). Linear (held on each anchor's bone for `SLIP_HELD_MM`), per side, turned over / past
 * twice its area: a full turn 68/7 -> 48/3 and 19/16 -> 10/5, the SCM stretch 11/1 -> 2/0, over
 * all poses 126/51 -> 84/35 (78/31 held on none, but then the anchors' vertices rode off them); no
 * pose worse; smoothstepped again once its line was weighted by place (`lineByPlace`), 24/19 ->
 * 52/19. The splenius cervicis's insertion on the transverse processes of C3 to the atlas, linear,
 * did worse (over all poses 109/60 -> 126/61 a side; weighted by place, 27/0 -> 29/0).
 */
const LINEAR_FROM_ATLAS: ReadonlySet<MuscleId> = new Set(['levator-scapulae']);
/**
 * How far either side of each anchor such a line rides the anchor's bone alone (mm): linear to the
 * anchor, the levator's vertex nearest C4's transverse process rode 1.44 mm off it in a full turn
 * (1 mm is allowed).
 */
const SLIP_HELD_MM = 1;

/**
 * Muscles whose belly rides the neck's levels without the atlas's and the axis's, so its twist
 * from the skull to C3 is spread over that height (`levelsWithout`), and whose origin line rides
 * them without the atlas's. The upper trapezius lies over the splenius and semispinalis capitis,
 * 50-80 mm behind the joint where the atlas turns 40 degrees on the axis, and attaches to
 * neither bone but by the ligamentum nuchae, whose free border it arises from and which is tied
 * to the axis's spine (the line's anchor there rides the axis, so the line keeps the axis's level:
 * without it the sheet's vertex nearest that anchor rode 3.2 mm off it in a full turn, with the
 * atlas's level too 1.7 mm; 1 mm is allowed). Riding the atlas's level, 19 mm above the axis's,
 * its upper border under the occiput sheared there as the head turned and turned over on the
 * side turned from (93 of its triangles in a full turn). Its triangles turned over and past twice
 * their area over all poses, a side: 198 and 152 -> 109 and 92; no pose worse, a full turn 808
 * and 401 -> 762 and 376. Left out of the semispinalis capitis's levels too, a full turn turned 11
 * more over; of the splenius capitis's or cervicis's, which lie on the atlas and reach it, 2 or 4
 * fewer (and 2 or 12 fewer past twice).
 */
const CLEAR_OF_ATLAS_AND_AXIS: Partial<Record<MuscleId, { readonly belly: Levels; readonly line: Levels }>> = {
  'upper-trapezius': { belly: levelsWithout(new Set(['c1', 'c2'])), line: levelsWithout(new Set(['c1'])) },
};

/** What a crossing muscle's belly takes where it leaves its ends: `share` of the bodies at height `yMm`. */
type Belly = (out: BodyWeights, yMm: number, share: number) => BodyWeights;

/**
 * Weights along one fibre a fraction `u` across: the origin's carriers, then each via point's,
 * each belly point's (the neck's levels at its height, `addLevels`, where the movement layer takes
 * the nearest vertebra: continuous across the muscle), then the insertion's; smoothstepped between
 * neighbours by rest length, each end held on its bone for `END_HOLD_MM`.
 */
interface Fibre {
  /** The weights a point `v` along the fibre and `yMm` high takes; a crossing muscle's belly from `belly`. */
  readonly weights: (v: number, yMm: number, belly?: Belly) => BodyWeights;
  /** Whether a point `v` along lies within an end's hold, where it rides wholly with the end's bones. */
  readonly held: (v: number) => boolean;
}

/** The bodies of the neck's column and the shoulder girdle: a muscle carried by one of them crosses the neck. */
const COLUMN: ReadonlySet<string> = new Set(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'thorax', 'shoulder-girdle']);

/** The bodies of the column from the bottom up. */
const STACK: readonly string[] = ['thorax', 'c7', 'c6', 'c5', 'c4', 'c3', 'c2', 'c1', 'skull'];

function carriersOf(line: LineCarrier | undefined): Carrier[] {
  if (line === undefined) return [];
  return Array.isArray(line) ? [...(line as readonly Carrier[])] : [line as Carrier];
}

/**
 * Whether a muscle crosses the neck: carried at an end by the column or a girdle, and neither by
 * the mandible nor by a blend of bodies (the hyoid's, the mouth's). Its belly lies along the
 * column, so it twists and bends with the vertebrae at its height, as the skin does (`addLevels`),
 * and only its ends ride with their bones: a belly blended straight from one end's bones to the
 * other's cuts the corner of a turn and folds over, most where the atlas turns 40 degrees on the
 * axis.
 */
function crossesNeck(id: MuscleId): boolean {
  const { origin, insertion, via } = attachmentBones[id];
  const all = [...carriersOf(origin), ...carriersOf(insertion), ...carriersOf(via)];
  if (!all.every((c) => typeof c === 'string' && c !== 'mandible')) return false;
  // A muscle between neighbouring bodies (the atlas and the axis, the atlas and the skull) has no
  // level between its ends to follow: it keeps the straight blend.
  const heights = all.map((c) => STACK.indexOf(c === 'shoulder-girdle' ? 'thorax' : (c as string)));
  return all.some((c) => COLUMN.has(c as string)) && Math.max(...heights) - Math.min(...heights) > 1;
}

/**
 * Where along its fibres (a fraction from the origin) a muscle that does not cross the neck starts
 * to blend from its origin's bones to its insertion's, where not at its origin's hold. The
 * temporalis's belly lies in its fossa on the skull and only its lower half, under the zygomatic
 * arch, follows the coronoid: blended over its whole length, the belly in the fossa went with the
 * jaw and passed 6.5-6.7 mm into the skull as the mouth opened or the jaw shifted aside (5.5-5.7
 * with the blend from halfway; from two-thirds of the way more triangles turned over). From
 * halfway, the front of the belly 64 % of its way along, 2-3.5 mm behind the frontal process of
 * the zygomatic bone, went a quarter with the jaw and 3.0 mm into the bone as the mouth opened
 * (2.2-2.7 mm in the masseter and medial pterygoid stretches); from 55 % of the way 2.0 mm (under
 * 2 in the stretches), the open mouth's skin and muscles turning over 285 triangles rather than
 * 283 and passing twice their area 641 rather than 629 (from 60 %: 289 and 665). The tendon's
 * 2.8 mm into the skull in a side shift, medial to the coronoid (90 % with the jaw), is as it was.
 */
const BLEND_FROM: Partial<Record<MuscleId, number>> = { temporalis: 0.55 };

/**
 * The share of a muscle's insertion weight that its lower part, a fraction `u` across and `v`
 * along its fibres, gives to the neck's levels at its height instead (`addLevels`). The platysma
 * lies in the superficial fascia and crosses over the clavicle from the chest to the jaw: blended
 * straight from the thorax to the mandible, its part just above the clavicle took 10-17 % of the
 * jaw and was drawn 5-6 mm into the clavicle as the head bent forward or turned or the mouth
 * opened. Over the clavicle it rides the levels instead, handing over to the jaw from a tenth to
 * a third of the way up; not in front of the trachea, where the levels lifted with the lower neck
 * in extension and stretched the sheet over the manubrium, nor at its lateral border, where they
 * turned it over in a turned and tilted neck. Across, the levels take over from a tenth of the
 * way (rather than a quarter, easing in to 30 % rather than 55 %): the sheet a fifth to a third
 * across, over the clavicle's sternal half, kept 12 % of the jaw and went 2.3-3.0 mm into the
 * clavicle in a bent, turned or bent-and-turned neck (flexion, full turn, the levator and
 * semispinalis stretches), now under 2 mm; full extension's triangles past twice their area
 * 983 -> 1,009.
 */
const LEVELS_BELOW_INSERTION: Partial<Record<MuscleId, (u: number, v: number) => number>> = {
  platysma: (u, v) => (1 - smoothstep(0.1, 0.35, v)) * smoothstep(0.1, 0.3, u) * (1 - smoothstep(0.78, 1, u)),
};

/**
 * How far above its own height a crossing muscle's belly rides the neck's levels (mm), eased in
 * from its origin to `fullAt` of the way along its fibres. The sternocleidomastoid runs up and
 * back to the mastoid, and its upper part goes with the head as the skin over the angle of the
 * mandible does: riding the levels at its own height (C2, C3 beside the angle), it stayed behind
 * as the head turned or bent forward, and the angle passed 4.6-6 mm into it (its clavicular head
 * 3.8 mm into the atlas's transverse process in a side-bend). Raised, the twist from the sternum to
 * the mastoid is spread over the whole belly instead of its upper end. The sternal head's belly
 * is raised fully by 60 % of its way rather than 90 %: just above its tendon (a quarter of the way
 * up, 40 mm above the jugular notch) it rode the levels at its own height, 60-70 % the thorax's,
 * and stayed behind as the neck bent forward while the chin came down onto it; raised sooner it
 * goes down and forward with the lower neck. Deepest muscle vertex (mm), 90 % -> 60 %: splenius
 * cervicis stretch 5.4 -> 3.4, suboccipitals 3.9 -> 2.0, semispinalis capitis 6.3 -> 5.6,
 * flexion 4.2 -> 3.8, semispinalis cervicis 6.2 -> 6.1; but the splenius capitis stretch 5.55 ->
 * 5.76 (its belly 40 % of the way up, now carried down into the chin's path by the turned and
 * bent neck). By half its way the semispinalis capitis fell to 4.0 but the semispinalis cervicis
 * rose to 6.6; raised 40 or 35 mm instead, the splenius cervicis stayed at 5.1-5.3.
 * The levator scapulae's slips hang from the transverse processes of the atlas down to C4 and its
 * upper belly goes with them, a little higher than it lies: raised 10 mm from a tenth of its way,
 * back to its own height between a fifth and a third (`fadeOver`). Riding the levels at its own
 * height (its part nearest the angle of the mandible, 24 mm below the atlas's slip and 30 mm off
 * the angle at rest, 22 % the atlas's and 54 % C3's and C4's), it stayed behind in a full turn
 * and the angle swept 2.3 mm into it. Raised, a full turn's deepest there is under 2 mm and its
 * triangles in all the poses turn over 226 -> 232 and pass twice their area 106 -> 80 (both
 * sides). Raised 15 mm the same, but 12 more turned over in the two full turns; 25 mm, 400 more
 * over the poses; raised to its end (no fade) its lower belly went 2.15 mm into the first rib in a
 * side-bend (1.2 before), and 2.25 mm with a fade from 30 to 60 % of its way.
 * The splenius cervicis rises from the spines of T3-T6 to the transverse processes of C3 up to the
 * atlas, and its upper belly likewise goes with its slips: raised 10 mm by the time it reaches
 * them, the half of the turn the atlas takes on the axis is shared by more of the belly below its
 * insertion (with its weights evened out over 60 passes, `SMOOTHING_PASSES_OF`). Its triangles
 * turned over / past twice their area, a side: a full turn 47/12 -> 36/12 (the side turned to) and
 * 23/33 -> 26/19, over all poses 109/60 -> 98/45; no pose worse. Raised 15, 25 or 35 mm (40
 * passes): 106/44, 280/62, 455/96; 10 mm over 40 or 50 passes 102/46, over 80 104/45; and over
 * 40 or 50 passes, or raised 15 mm, two range-of-motion turns doubled one more triangle.
 */
const LEVELS_RAISED: Partial<Record<MuscleId, { mm: number; fullAt: number; fadeOver?: readonly [number, number] }>> = {
  'sternocleidomastoid-sternal': { mm: 50, fullAt: 0.6 },
  'sternocleidomastoid-clavicular': { mm: 50, fullAt: 0.9 },
  'levator-scapulae': { mm: 10, fullAt: 0.1, fadeOver: [0.2, 0.35] },
  'splenius-cervicis': { mm: 10, fullAt: 1 },
  // From the axis's spine over the atlas's posterior arch to the occiput: riding the levels at its
  // own height, its belly handed over from the axis to the atlas within a tenth of its length
  // above its origin's hold (90 % to 45 % the axis's), and as the atlas turned 42 degrees on the
  // axis it turned over there (a full turn 23/0 on the side turned to). Riding them lower, 8 mm by
  // its insertion, the axis's share reaches further up the belly: over all poses, triangles turned
  // over / past twice their area 23/1 -> 8/0 a side, a full turn's deepest in the atlas 2.10 ->
  // 2.04 mm (the rest measured on the committed model reweighted, where 8 mm gave 9/0). Lowered
  // 5 mm 15/0; 10 mm 14/0 and 2.0 mm; 15 mm 18/0 and 1.8 mm; raised 5 or 10 mm, 34/3 and 36/5 (1.9
  // and 1.7 mm).
  'rectus-capitis-posterior-major': { mm: -8, fullAt: 1 },
};

/**
 * Muscles whose share of the head goes to the mandible where they lie nearer it than the skull,
 * blended over this many mm (`SoftTissueField.jawShareOfHead`), before their weights are evened
 * out. The sternocleidomastoid passes a few millimetres behind the angle and ramus of the
 * mandible, and its upper belly there rides the head (`LEVELS_RAISED`: 50-80 % the skull's
 * level); riding the skull alone it stood still as the mouth opened while the ramus swung back into
 * it, 5.8-6.0 mm in the masseter and medial pterygoid stretches (20 degrees open), as if the
 * parotid and the posterior belly of the digastric between them were not there to pass the push
 * on. The mandible hangs from the skull and moves with it unless the jaw moves, so this changes
 * nothing where the jaw is still. Blended over 4 mm those stretches' deepest muscle vertex fell to
 * 2.8 and 3.8 mm (the deep masseter on the mandibular notch, no longer the SCM); over 15 mm, the
 * soft-tissue field's falloff, to 3.6 and 3.8 mm, and the open mouth's SCM went 0.5 mm deeper
 * (5.6 mm), its vertices a third with the jaw held in the angle's path. The open mouth's deepest,
 * 5.1 mm, is lower on the clavicular head (87 mm high, 20 mm below the jaw, riding C2-C4), where
 * the lower border sweeps back at 32 degrees open: moving C1's and C2's shares to the jaw too took
 * it to 4.7 mm, but those levels turn with the neck and a full turn turned 170 more of the SCM's
 * triangles over.
 */
const HEAD_TO_JAW_MM: Partial<Record<MuscleId, number>> = {
  'sternocleidomastoid-sternal': 4,
  'sternocleidomastoid-clavicular': 4,
};

/**
 * Muscles behind the angle of the mandible that the opening jaw pushes back (`jaw-path.ts`), once
 * their weights are evened out. The SCM's clavicular head lies 9-20 mm behind and below the angle
 * at rest, riding C1-C4 with 5-50 % of the jaw (`HEAD_TO_JAW_MM`); at 32 degrees open the angle
 * swings about 19 mm back and went 5.7 mm into it (60 vertices a side), 2.3-2.6 mm in the masseter
 * and medial pterygoid stretches. Each vertex the opened jaw would reach takes the jaw's share that
 * keeps it `marginMm` clear, up to `maxShare` (the angle's nearest vertices need 0.64-0.7), and
 * the share falls away over the belly beyond as evened out over `passes`: now nowhere deeper than
 * 2 mm in the jaw. Over 400 passes the head 110 mm below the skull's joint moves 6.7 mm as the
 * mouth opens (10.2 over 800), where the angle's push has no reason to reach. Measured over all
 * poses (triangles turned over and past twice their area; muscle vertices outside the posed skin):
 * 2,450 and 2,731, 20,809 before; the clavicular head pushed, 2,453 and 2,731, 20,318 (600 passes
 * alike). The sternal head lies in front of it and never reaches the bone, but the skin over the
 * neck's front swings back with the jaw it partly rides as the mouth opens, and the head's belly,
 * left where it was, showed through it (357 vertices a side, 7.8 mm); it takes the jaw's share that
 * would keep it 3 mm clear. Over all poses, with the skin over the upper trapezius holding its
 * weights, 2,327 and 2,678, 19,203 -> 2,241 and 2,671, 17,094 (the open mouth's sternal head 238
 * vertices out, 7.3 mm; a full turn's sternal head no longer 2.3 mm into the hyoid). Kept 2 mm
 * clear: 2,269 and 2,686, 17,840; 4 mm: 2,215 and 2,707, 16,454; 3 mm over 600 passes: 2,239 and
 * 2,685, 16,561. The clavicular head kept 3 mm clear rather than 2 as well: 2,236 and 2,671,
 * 17,055.
 */
const PUSHED_BY_JAW: Partial<Record<MuscleId, PushedByJaw>> = {
  'sternocleidomastoid-clavicular': { marginMm: 3, maxShare: 0.7, passes: 400 },
  'sternocleidomastoid-sternal': { marginMm: 3, maxShare: 0.7, passes: 400 },
};

/** Moves each vertex's skull weight to the mandible by `jawShare`, the mandible's part of the head there. */
function headToJaw(weights: BodyWeights[], jawShare: readonly number[]): void {
  weights.forEach((w, v) => {
    const head = w.get('skull') ?? 0;
    if (head <= 0) return;
    w.set('skull', head * (1 - jawShare[v]!));
    w.set('mandible', (w.get('mandible') ?? 0) + head * jawShare[v]!);
  });
}

function alongFibre(id: MuscleId, side: Side, u: number): Fibre {
  const path = restFibre(id, side, u);
  const via = (attachments[id].via ?? []).map((a) => resolveAnchor(a, side));
  const isVia = (p: Vec3) => via.some((q) => distance(p, q) < 1e-9);
  const carriers = attachmentBones[id];
  const at = path.map((p, i) => {
    if (i === 0)
      return acrossLine(attachments[id].origin, carriers.origin, side, u, {
        linear: LINEAR_ORIGIN.has(id) || LINEAR_FROM_ATLAS.has(id),
        heldMm: LINEAR_FROM_ATLAS.has(id) ? SLIP_HELD_MM : 0,
        column: CLEAR_OF_ATLAS_AND_AXIS[id]?.line,
      });
    if (i === path.length - 1)
      return acrossLine(attachments[id].insertion, carriers.insertion, side, u, {
        column: CLEAR_OF_ATLAS_AND_AXIS[id]?.line,
      });
    return atAnyHeight(
      isVia(p.rest) ? addCarrier(new Map(), p.carrier, side) : addLevels(new Map(), mToMm(p.rest[1]), 1),
    );
  });
  const cumulative = [0];
  for (let i = 1; i < path.length; i++)
    cumulative.push(cumulative[i - 1]! + mToMm(distance(path[i - 1]!.rest, path[i]!.rest)));
  const total = cumulative[cumulative.length - 1]!;
  const hold = Math.min(END_HOLD_MM_OF[id] ?? END_HOLD_MM, total / 4);
  const held = (v: number) => v * total <= hold || (1 - v) * total <= hold;
  if (crossesNeck(id)) {
    const blend = Math.min(BELLY_BLEND_MM, total / 4);
    const [origin, insertion] = [at[0]!, at[at.length - 1]!];
    const levelsHere: Belly = (out, yMm, share) =>
      addLevels(out, yMm, share, undefined, CLEAR_OF_ATLAS_AND_AXIS[id]?.belly);
    const weights = (v: number, yMm: number, belly: Belly = levelsHere): BodyWeights => {
      const s = Math.min(1, Math.max(0, v)) * total;
      const fromOrigin = 1 - smoothstep(hold, hold + blend, s);
      const fromInsertion = smoothstep(total - hold - blend, total - hold, s);
      // Each end's bones take that end's share and no more: the origin's none past its blend. Blended
      // by fromInsertion alone and then scaled by the ends' share, the origin's bones kept
      // fromInsertion * (1 - fromInsertion) of the weight through the insertion's blend, a quarter
      // halfway: the thorax 24 % 10 mm below the semispinalis capitis's insertion on the occiput,
      // C4 to T3 by the splenius capitis's on the mastoid, the column by the upper trapezius's on
      // the shoulder; in a full turn that part lagged 20 degrees behind the bone beside it.
      const ends = fromOrigin + fromInsertion;
      const out = blendWeights(origin(yMm), insertion(yMm), ends > 0 ? fromInsertion / ends : 0);
      for (const [body, w] of out) out.set(body, w * Math.min(1, ends));
      const raised = LEVELS_RAISED[id];
      const fade = raised?.fadeOver ? 1 - smoothstep(raised.fadeOver[0] * total, raised.fadeOver[1] * total, s) : 1;
      const lift = raised ? raised.mm * smoothstep(0, raised.fullAt * total, s) * fade : 0;
      return belly(out, yMm + lift, 1 - fromOrigin - fromInsertion);
    };
    return { weights, held };
  }
  const weights = (v: number, yMm: number): BodyWeights => {
    const s = Math.min(1, Math.max(0, v)) * total;
    let i = 0;
    while (i < path.length - 2 && s > cumulative[i + 1]!) i++;
    const from = Math.max(cumulative[i]! + (i === 0 ? hold : 0), (BLEND_FROM[id] ?? 0) * total);
    const to = cumulative[i + 1]! - (i === path.length - 2 ? hold : 0);
    const levels = i === path.length - 2 ? (LEVELS_BELOW_INSERTION[id]?.(u, v) ?? 0) : 0;
    const next = levels > 0 ? blendWeights(at[i + 1]!(yMm), addLevels(new Map(), yMm, 1), levels) : at[i + 1]!(yMm);
    return blendWeights(at[i]!(yMm), next, to > from ? smoothstep(from, to, s) : s > from ? 1 : 0);
  };
  return { weights, held };
}

/**
 * A muscle that crosses the neck to a shoulder girdle's scapula (`OVER_SHOULDER`) spreads from
 * the neck out over the shoulder: the part over the shoulder goes with the girdle, as the skin
 * above it does, or lifting, lowering or drawing back the shoulder tore it from the
 * part beside it (shoulder retraction turned 464 triangles over, 78 with this). Its belly takes
 * the girdle's share of the soft-tissue field, raised to zero below `GIRDLE_FROM` and eased in
 * (squared), so the part over the neck still twists with the vertebrae: a linear share pulled
 * the neck's part toward the shoulder and folded it in a turn.
 */
const GIRDLE_FROM = 0.3;
/** The muscles that reach the shoulder from the neck over its top (not the SCM, whose belly stays in front). */
const OVER_SHOULDER: ReadonlySet<MuscleId> = new Set(['upper-trapezius', 'levator-scapulae']);
const overShoulder = (id: MuscleId): boolean => OVER_SHOULDER.has(id);

function girdleBellies(field: SoftTissueField, positions: Float32Array): ((levels: Belly) => Belly)[] {
  const girdles = new Set<string>([shoulderGirdle('left'), shoulderGirdle('right')]);
  return field.parts(positions).bones.map((w) => {
    const own = [...w].filter(([body]) => girdles.has(body));
    const total = own.reduce((t, [, x]) => t + x, 0);
    const share = total > 0 ? smoothstep(GIRDLE_FROM, 1, total) ** 2 : 0;
    return (levels) => (out, yMm, scale) => {
      if (scale <= 0) return out;
      for (const [body, x] of own) out.set(body, (out.get(body) ?? 0) + (x / total) * share * scale);
      return levels(out, yMm, scale * (1 - share));
    };
  });
}

/**
 * How far either side a muscle's share of the levels, evened out apart from its other weights
 * (`evenedWithLevels`), is averaged. The upper trapezius's belly weighs the girdle, the skull and
 * C2 to C7 of its origin and the levels at its height; evened out with them, its vertices weighed
 * six to eight bodies, and the four the file keeps leaned toward the heaviest (`packWeights`):
 * posed with all its weights it turned over 654 triangles over all poses and doubled 582, with the
 * four 1,306 and 2,158. With its levels apart (committed model reweighted, all poses, skin and
 * muscles): 13,353 and 22,208 -> 12,962 and 20,964 averaged over 12 mm either side after (13,231
 * and 21,422 over 6 mm).
 */
const MUSCLE_LEVELS_EVENED_MM = 12;

/**
 * The anchors (mm) of an attachment line that two or more of the neck's column's bodies carry:
 * its end's held vertices take the line's weights where along the line they lie (`nearestOnLine`),
 * not at their fibre coordinate across (u); `null` for any other line. On an end's cut face u
 * does not follow the line: on the splenius cervicis's insertion, at the axis's height, it runs
 * from 0.27 to 0.57 within 2 mm (on the levator scapulae's C4 slip from 0.65 to 0.93). Weighted
 * by u, neighbouring vertices there took shares of the atlas and C3 a third apart, and as the
 * atlas turned round past C3 (25-30 mm at its tubercle in a full turn) they were carried apart and
 * turned over. Per side over all poses, turned over / past twice their area: the splenius cervicis
 * 98/45 -> 27/0 (rotation-left's left one 36/12 -> 27/0, its right one 26/19 -> 0/0), the
 * semispinalis cervicis and multifidi 15/18 -> 1/0, the anterior and middle scalenes 1/2 -> 0/0,
 * the splenius capitis 13/0 -> 14/0, the levator scapulae 29/29 -> 27/26. Its origin's hold was
 * evened with the belly but within 3 mm of its anchors, and the vertex nearest each anchor rode
 * that anchor's bone alone, because of its crossed u; held whole on the line now, 24/19, and its
 * anchors' vertices ride within 1 mm of them. Not on lines the column does not carry: the
 * buccinator's (the skull, the raphe and the mandible; the lips and the modiolus), weighted so,
 * 75/340 -> 51/507 and 89/480.
 */
function lineByPlace(id: MuscleId, end: 'origin' | 'insertion', side: Side): Vec3[] | null {
  const bodies = carriersOf(attachmentBones[id][end]);
  const onColumn = bodies.every((c) => typeof c === 'string' && COLUMN.has(c));
  if (!onColumn || new Set(bodies).size < 2) return null;
  return attachments[id][end].map((a) => pointMToMm(resolveAnchor(a, side)));
}

function muscleWeights(
  id: MuscleId,
  side: Side,
  named: NamedMesh,
  field: SoftTissueField,
): { weights: BodyWeights[]; held: boolean[]; levels?: LevelsApart } {
  const uv = named.mesh.extra?.find((a) => a.semantic === vertexAttributes.fibreCoordinates)?.array;
  if (!uv) throw new Error(`${named.name} has no fibre coordinates to weight it by`);
  const fibres = Array.from({ length: ACROSS_SAMPLES + 1 }, (_, k) => alongFibre(id, side, k / ACROSS_SAMPLES));
  const bellies = overShoulder(id) ? girdleBellies(field, named.mesh.positions) : null;
  const count = uv.length / 2;
  const levels = bellies ? { share: new Float64Array(count), height: new Float64Array(count) } : undefined;
  const p = named.mesh.positions;
  const lines = { origin: lineByPlace(id, 'origin', side), insertion: lineByPlace(id, 'insertion', side) };
  const weights: BodyWeights[] = [];
  const held: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const [u, v, y] = [Math.min(1, Math.max(0, uv[i * 2]!)), uv[i * 2 + 1]!, p[i * 3 + 1]!];
    const line = lines[v > 0.5 ? 'insertion' : 'origin'];
    const byPlace = line && fibres[Math.round(u * ACROSS_SAMPLES)]!.held(v);
    const across = (byPlace ? nearestOnLine(line, [p[i * 3]!, y, p[i * 3 + 2]!]).along : u) * ACROSS_SAMPLES;
    const k = Math.min(ACROSS_SAMPLES - 1, Math.floor(across));
    const t = across - k;
    // The belly's levels kept apart, each fibre's by its part in the vertex.
    const apart =
      (part: number): Belly =>
      (out, yMm, share) => {
        levels!.share[i] = levels!.share[i]! + part * share;
        levels!.height[i] = levels!.height[i]! + part * share * yMm;
        return out;
      };
    const belly = (part: number): Belly | undefined => bellies?.[i]!(apart(part));
    weights.push(blendWeights(fibres[k]!.weights(v, y, belly(1 - t)), fibres[k + 1]!.weights(v, y, belly(t)), t));
    held.push(fibres[k]!.held(v) && fibres[k + 1]!.held(v));
  }
  const laid = onBed(id, side, weights, held, field, named.mesh);
  const blendMm = HEAD_TO_JAW_MM[id];
  if (blendMm !== undefined) headToJaw(laid, field.jawShareOfHead(named.mesh.positions, blendMm));
  return { weights: laid, held, levels };
}

/**
 * Passes of `smoothWeights` over each muscle, the skin and each context part: weights spread over
 * about the square root of the passes in edges, so a muscle's blends widen to a few millimetres
 * (1-2 cm for one that crosses the neck: fewer passes left more of its triangles folding over in a
 * turned neck), a small part (a cartilage, an eye) ends up moving nearly as one piece and the
 * skin's blends widen to a few centimetres.
 */
const SMOOTHING_PASSES = 12;
const NECK_SMOOTHING_PASSES = 40;
/**
 * Muscles smoothed over their own number of passes. The sternocleidomastoid's weights spread
 * further: with its belly's levels raised (`LEVELS_RAISED`) the twist between them gathers in its
 * upper half, and with 40 passes its triangles there turned over in a full turn. The platysma's
 * are left as its fibres give them: they are already smooth across and along the sheet (the blends
 * above are smoothsteps in its fibre coordinates and its height), and evening them out over its
 * thin mesh carried the chest's weight up to its insertion (18 % of the thorax 7 mm below the
 * mandible's border) and the jaw's down to over the clavicle (17 % at its medial border there, 12 %
 * unsmoothed): it went 4-5 mm into the mandible as the head bent forward and into the clavicle as
 * it turned.
 */
const SMOOTHING_PASSES_OF: Partial<Record<MuscleId, number>> = {
  'sternocleidomastoid-sternal': 100,
  'sternocleidomastoid-clavicular': 100,
  platysma: 0,
  // Its bed on the atlas (`toBed`) spread over more of the belly: see there.
  'splenius-capitis': 50,
  // Its belly's levels raised toward its slips (`LEVELS_RAISED`): see there.
  'splenius-cervicis': 60,
  // From the mandible's digastric fossa to its tendon's sling on the hyoid, which lags the chin as
  // the mouth opens and the head turns: over 12 passes its blend between the two bodies was short
  // and its belly turned over. Its triangles turned over in all poses 55 -> 38 a side (the open
  // mouth's all 118 -> 92, full turns 451 and 442 -> 447 and 438), no pose worse; 80 or 160 passes 42-43.
  'digastric-anterior': 40,
  // From the atlas's posterior tubercle to the occiput, 40 mm: in extension the occiput swings
  // 11 degrees back on the atlas and comes 12 mm toward the tubercle, 9 degrees the other way in
  // flexion. Its mesh is coarse (308 vertices, edges up to 26 mm), so a pass averages weights from
  // across the belly: over 12 passes the vertices a third of the way up weighed the skull anywhere
  // from 22 to 46 % and its surface turned over there. Left as its fibres give them (the smoothstep
  // along them, a function of where a vertex lies along its fibre), and each end held for 9 mm
  // (`END_HOLD_MM_OF`), its triangles turned over / past twice their area in all poses, a side:
  // 83/131 -> 4/6 (extension 25/5 -> 1/0, flexion 2/10 -> 0/1, a full turn 12/2 -> 1/0).
  // Unsmoothed and held 6 mm 15/11, 3 mm 26/15, 8 or 10 mm 5/6, 12 mm 12/6; held 6 mm over one
  // pass 45/85. Blended linearly, held 1 mm: over 12 passes 57/72, over 40 55/85, unsmoothed 54/37,
  // unsmoothed held 9 mm 27/35. As the obliquus capitis superior (a bed on the skull,
  // `muscle-beds.ts`), 46/81; by each vertex's place along the straight line from its fibre's
  // origin to its insertion instead of v, 124/161.
  'rectus-capitis-posterior-minor': 0,
  // From the lateral pterygoid plate to the inside of the mandible's angle, which swings down and
  // back as the mouth opens: over 12 passes the hand-over from the skull to the jaw lay within a
  // short part of its belly, and that part passed twice its area. Its triangles turned over / past
  // twice their area in all poses, a side: 8/133 -> 3/88 (the open mouth's all 389 -> 367 past
  // twice, the medial pterygoid stretch 198 -> 177); all poses 1,904 / 2,357 -> 1,894 / 2,267;
  // none deeper. Over 40 passes 1/97 (all poses 1,890 / 2,285); unsmoothed 61/329.
  'medial-pterygoid': 100,
  // Where over 12 (40 for the neck's) passes the hand-over between bones stayed short enough to
  // double a few triangles' area: the temporalis's tendon under the zygomatic arch as the coronoid
  // swings down (6 -> 1 a side over all poses), the semispinalis capitis's belly under the occiput
  // in the turns (2 -> 0). All poses 1,894 / 2,267 -> 1,895 / 2,251 (the skin one more turned
  // over); none deeper. Tried with them and not kept: the deep masseter over 40 passes (12 -> 0 a
  // side past twice, but 3.4 mm into the mandible in the open mouth, from 2.8), the buccinator
  // over 40 or 150 (75/340 -> 74/324 or 71/320 a side, but 2.9 mm into the mandible in the jaw
  // stretches, from 2.7), the digastric's posterior belly over 40 (31/15 -> 33/14).
  'semispinalis-capitis': 80,
  temporalis: 40,
};
/** Over the shoulder fewer: more spread the girdle's share into the neck and folded it in a turn. */
const SHOULDER_SMOOTHING_PASSES = 25;
const SKIN_SMOOTHING_PASSES = 40;
const CONTEXT_SMOOTHING_PASSES = 80;
/** Every mesh with its skinning: its own weights (`bodyWeights`), fitted to glTF's four joints. */
export function skinWeights(meshes: readonly NamedMesh[]): NamedMesh[] {
  const fourJoints = new FourJointFit();
  const own = bodyWeights(meshes);
  return meshes.map((named, i) => ({ ...named, skinning: packWeights(fourJoints.fit(own[i]!, named.mesh.positions)) }));
}

/** Each mesh's weights by body, as many bodies a vertex as its tissue gives it. */
export function bodyWeights(meshes: readonly NamedMesh[]): BodyWeights[][] {
  const field = new SoftTissueField(meshes);
  const own = meshes.map((named) => {
    const count = named.mesh.positions.length / 3;
    const muscle = parseMuscleNode(named.name);
    if (named.tissue === 'bone') {
      const { carrier, side } = boneCarrier(named.name.slice(BONE_PREFIX.length));
      const w = addCarrier(new Map(), carrier, side);
      return Array.from({ length: count }, () => w);
    }
    if (named.tissue === 'muscle' && muscle) {
      // The ends keep their bones' weights: only the belly is evened out.
      const { weights, held, levels } = muscleWeights(muscle.muscleId, muscle.side, named, field);
      const passes =
        SMOOTHING_PASSES_OF[muscle.muscleId] ??
        (overShoulder(muscle.muscleId)
          ? SHOULDER_SMOOTHING_PASSES
          : crossesNeck(muscle.muscleId)
            ? NECK_SMOOTHING_PASSES
            : SMOOTHING_PASSES);
      const pinned = (v: number): boolean => held[v]!;
      const evened = levels
        ? evenedWithLevels(
            weights,
            levels,
            named.mesh.indices,
            passes,
            MUSCLE_LEVELS_EVENED_MM,
            pinned,
            CLEAR_OF_ATLAS_AND_AXIS[muscle.muscleId]?.belly,
          )
        : smoothWeights(weights, named.mesh.indices, passes, pinned);
      const push = PUSHED_BY_JAW[muscle.muscleId];
      if (!push) return evened;
      // The ends stay on their bones.
      const need = jawPushShares(field.boneTree('mandible'), named.mesh.positions, push);
      return towardJaw(evened, pushEnvelope(need, named.mesh.indices, push.passes, pinned));
    }
    const passes = named.tissue === 'skin' ? SKIN_SMOOTHING_PASSES : CONTEXT_SMOOTHING_PASSES;
    return field.weights(named.mesh.positions, named.mesh.indices, passes);
  });
  const muscles = meshes.flatMap((named, i) => (named.tissue === 'muscle' ? [{ named, weights: own[i]! }] : []));
  return own.map((weights, i) =>
    meshes[i]!.tissue === 'skin'
      ? auriclesOnSkull(meshes[i]!.mesh.positions, skinOverMuscle(meshes[i]!, weights, muscles))
      : weights,
  );
}
