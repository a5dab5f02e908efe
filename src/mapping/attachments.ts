import type { Anchor, LandmarkRef, MuscleId } from './types';
import { smoothstep } from './vec';

/**
 * Where each muscle of the catalogue attaches and how its belly runs: the data the model
 * generator sweeps into meshes, written like the catalogue from landmarks so a corrected landmark
 * moves bone and muscle together. Lines are listed across the muscle's width and in the same
 * order at both ends, so fibre i runs from origin point i to insertion point i.
 * Offsets are [lateral, up, anterior] mm (see `Anchor`). Left and right are mirror images.
 * How deep each muscle lies is the catalogue's `Muscle.layer`, which the generator reads.
 */
export interface MuscleAttachment {
  /** Line (or single point) of origin. */
  readonly origin: readonly Anchor[];
  /** Line (or single point) of insertion, in the same order across as the origin. */
  readonly insertion: readonly Anchor[];
  /** Points the middle of the belly passes on its way from origin to insertion. */
  readonly via?: readonly Anchor[];
  /**
   * Width of the belly at its middle, mm, where it is wider than its two ends; a twisted strap's
   * (the generator's `MuscleForm.twists`) also where it is narrower.
   */
  readonly bellyWidthMm?: number;
  /**
   * Fibres that run level from their origin and turn down to their insertion only late, over the
   * part of the width from `from` (0 at the first origin anchor) to the last fibre, fully so at
   * the last: each keeps its origin's height until `turn` of the way along, then descends (the
   * posterior temporalis runs forward above the ear and turns down over the root of the zygomatic
   * arch, in front of the articular tubercle, to the coronoid; Gray's). See `levelRunHeight`.
   */
  readonly runsLevel?: LevelRun;
  /** Greatest thickness of the belly, mm. */
  readonly thicknessMm: number;
  /**
   * Facial and superficial sheets, and the SCM's heads, follow the skin at this depth (mm)
   * instead of the bone; only muscles of the first depth layer (`Muscle.layer` 1) do, which a
   * test checks.
   */
  readonly underSkinMm?: number;
  /** `ring`: origin and insertion are closed loops (inner and outer edge of a sphincter). */
  readonly form: 'strap' | 'fan' | 'sheet' | 'ring';
}

/** A muscle's fibres running level before they turn (`MuscleAttachment.runsLevel`). */
export interface LevelRun {
  readonly from: number;
  readonly turn: number;
}

/**
 * Height (model y, mm) of fibre `s` (0..1 across, from the first origin anchor) at a fraction `t`
 * of its way, where it would lie at `y` running straight from height `y0` to `y1`: blended, by its
 * place across the width, toward the held level up to the turn and falling after it as a parabola
 * (no kink at the turn) to its insertion's height. The generator lays its fibres so and the
 * anatomy checks follow the same course.
 */
export function levelRunHeight(level: LevelRun, s: number, t: number, y: number, y0: number, y1: number): number {
  const w = smoothstep(level.from, 1, s);
  const late = Math.max(0, (t - level.turn) / (1 - level.turn));
  return y + w * (y0 + (y1 - y0) * late * late - y);
}

const a = (landmark: LandmarkRef, offsetMm?: readonly [number, number, number]): Anchor =>
  offsetMm ? { landmark, offsetMm } : { landmark };

/**
 * A loop of anchors round a centre given as an offset [lateral, up, anterior] from `landmark`.
 * The face curves back toward the temple and forward under the brow, so the anterior offset
 * varies round the loop: `recede` = [lateral, medial, upper, lower] change at those extremes.
 */
function loop(
  landmark: LandmarkRef,
  centre: readonly [number, number, number],
  radii: readonly [number, number],
  recede: readonly [number, number, number, number],
  count: number,
): Anchor[] {
  const r1 = (v: number): number => Math.round(v * 10) / 10;
  return Array.from({ length: count }, (_, i) => {
    const t = (2 * Math.PI * i) / count;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const sq = (v: number): number => Math.max(v, 0) ** 2;
    const anterior = centre[2] + recede[0] * sq(c) + recede[1] * sq(-c) + recede[2] * sq(s) + recede[3] * sq(-s);
    return a(landmark, [r1(centre[0] + radii[0] * c), r1(centre[1] + radii[1] * s), r1(anterior)]);
  });
}

export const attachments: Readonly<Record<MuscleId, MuscleAttachment>> = {
  // Deepest first within the neck: the suboccipital triangle and the transversospinal group.
  'rectus-capitis-posterior-minor': {
    origin: [a('atlas-posterior-tubercle', [2, 0, 0])],
    insertion: [a('inion', [3, -19, 20]), a('inion', [16, -19, 24])],
    bellyWidthMm: 15,
    thicknessMm: 5,
    form: 'fan',
  },
  'rectus-capitis-posterior-major': {
    origin: [a('axis-spinous', [3, 2, 2])],
    insertion: [a('inion', [20, -17, 26]), a('inion', [40, -19, 36])],
    bellyWidthMm: 18,
    thicknessMm: 6,
    form: 'fan',
  },
  'obliquus-capitis-superior': {
    origin: [a('atlas-transverse', [-3, 3, -4])],
    insertion: [a('inion', [34, -14, 32]), a('inion', [46, -18, 42])],
    bellyWidthMm: 15,
    thicknessMm: 7.5,
    form: 'fan',
  },
  'obliquus-capitis-inferior': {
    origin: [a('axis-spinous', [4, 3, 3])],
    insertion: [a('atlas-transverse', [-4, -2, -3])],
    bellyWidthMm: 18,
    thicknessMm: 9,
    form: 'strap',
  },
  'semispinalis-cervicis-multifidi': {
    origin: [
      a('c4-transverse', [-11, -2, -14]),
      a('c6-transverse', [-12, -2, -10]),
      a('cervicale', [32, -9, 36]),
      a('cervicale', [29, -55, 27]),
    ],
    insertion: [
      a('axis-spinous', [3, 2, 4]),
      a('axis-spinous', [3, -13, 4]),
      a('axis-spinous', [3, -27, 3]),
      a('axis-spinous', [3, -42, 2]),
    ],
    thicknessMm: 7,
    form: 'sheet',
  },
  // Prevertebral: on the front of the vertebral bodies, deep to the pharynx and oesophagus. The
  // longus colli is one strap along C1-T3 (its vertical and oblique parts together), the longus
  // capitis lies over its upper lateral edge, from the anterior tubercles of C3-C6 to the
  // basiocciput in front of the foramen magnum. The longus colli is a thin flat band on the
  // bodies, broadest (about 2 cm) at C4-C6, where its oblique parts spread out to the anterior
  // tubercles (Gray's).
  'longus-colli': {
    origin: [a('t3-spinous', [4, 14, 60]), a('t3-spinous', [12, 16, 59])],
    insertion: [a('basion', [2, -20, 4]), a('basion', [7, -22, 2])],
    via: [a('c4-transverse', [-20, -14, 11]), a('basion', [6, -33, 3])],
    bellyWidthMm: 18,
    thicknessMm: 5,
    form: 'strap',
  },
  'longus-capitis': {
    origin: [a('c6-transverse', [-16, 12, 18]), a('c6-transverse', [-9, 10, 15])],
    insertion: [a('basion', [6, 2, 10]), a('basion', [14, 0, 6])],
    via: [a('c4-transverse', [-12, 14, 18])],
    bellyWidthMm: 14,
    thicknessMm: 8,
    form: 'strap',
  },
  // In the orbit: from the sphenoid by the optic canal forward along the upper inner wall, its
  // tendon through the trochlea and back, under the superior rectus, onto the top of the eyeball.
  'superior-oblique': {
    origin: [a('orbitale', [-20, 16, -44]), a('orbitale', [-22, 19, -43])],
    insertion: [a('orbitale', [0, 25, -14]), a('orbitale', [5, 22, -15])],
    via: [a('orbitale', [-18, 23, -6]), a('orbitale', [-16, 25, 3])],
    bellyWidthMm: 6,
    thicknessMm: 5,
    form: 'strap',
  },
  'lateral-pterygoid': {
    origin: [a('condylion', [-31, -9, 21]), a('condylion', [-33, -22, 18])],
    insertion: [a('condylion', [-15, -6, 0]), a('condylion', [-15, -12, 2])],
    bellyWidthMm: 32,
    thicknessMm: 15,
    form: 'strap',
  },
  // Deep head from high on the inner face of the lateral pterygoid plate, superficial head from the
  // maxillary tuberosity and the palatine's pyramidal process; down, back and out to the inner face
  // of the angle, its fibres steep (the targets' 55-75 degrees to the Frankfort plane; Gray's).
  'medial-pterygoid': {
    origin: [a('condylion', [-39.5, -12, 13.5]), a('condylion', [-31, -31, 18])],
    insertion: [a('gonion', [-8, 5, 14]), a('gonion', [-8, 1, 6])],
    bellyWidthMm: 34,
    thicknessMm: 14,
    form: 'strap',
  },
  'semispinalis-capitis': {
    origin: [
      a('cervicale', [28, -87, 25]),
      a('cervicale', [30, -39, 29]),
      a('cervicale', [33, 4, 49]),
      a('c4-transverse', [-10, 0, -12]),
    ],
    insertion: [a('inion', [4, -10, 8]), a('inion', [28, -14, 14])],
    bellyWidthMm: 24,
    // Life 10-15 mm. At 9 its simplified mesh measured 11.3 mm thick, but along its slivers'
    // oblique normals: evened out (muscle-forms.ts), just under 10. At 10, 15.1 (the 90th
    // percentile of the inward rays over its middle third) and 40.6 cm3 (36.5 at 9).
    thicknessMm: 10,
    form: 'sheet',
  },
  'scalene-anterior': {
    origin: [a('c4-transverse', [-2, 12, 7]), a('c6-transverse', [-2, 0, 7])],
    insertion: [a('scalene-tubercle', [-3, 0, 3]), a('scalene-tubercle', [3, 0, -2])],
    bellyWidthMm: 17,
    thicknessMm: 12,
    form: 'strap',
  },
  'scalene-middle': {
    origin: [a('c4-transverse', [-4, 29, -3]), a('c6-transverse', [3, -12, -6])],
    insertion: [a('scalene-tubercle', [8, 8, -22]), a('scalene-tubercle', [11, 2, -12])],
    bellyWidthMm: 20,
    thicknessMm: 12,
    form: 'strap',
  },
  'scalene-posterior': {
    origin: [a('c4-transverse', [1, 0, -6]), a('c6-transverse', [1, 0, -6])],
    insertion: [a('scalene-tubercle', [24, -2, -32]), a('scalene-tubercle', [30, -10, -26])],
    // Over the first rib's outer border, behind the middle scalene's insertion, to the second rib:
    // the straight line from the tubercles ran through the first rib's shaft (muscle-forms.ts).
    // Turned there at one point, the laid belly's fibres (its course smoothed through the turn)
    // lay more than 15 degrees off this line's for a tenth of its surface; turned at two, 3 %.
    via: [a('scalene-tubercle', [26, 25, -34]), a('scalene-tubercle', [31, 16, -32])],
    bellyWidthMm: 18,
    // A slender belly: laid full over the first rib (muscle-forms.ts), at 8 mm 8.5 cm3 of the
    // 5-9 wanted; at 9, 8.8-9.5.
    thicknessMm: 8,
    form: 'strap',
  },
  'digastric-posterior': {
    origin: [a('mastoidale', [-10, 8, 2])],
    insertion: [a('hyoid', [12, 3, -8])],
    via: [a('gonion', [-14, -6, -2])],
    bellyWidthMm: 9,
    thicknessMm: 6.4,
    form: 'strap',
  },
  buccinator: {
    origin: [a('prosthion', [38, 9, -44]), a('prosthion', [36, -5, -52]), a('infradentale', [40, 6, -36])],
    insertion: [a('prosthion', [23, -4, -12]), a('prosthion', [24, -9, -13]), a('prosthion', [24, -14, -14])],
    bellyWidthMm: 34,
    // Over the generator's slab limit, so it is carved out of the teeth and jaws it lies on; the
    // carving takes about a millimetre back, leaving the 2-4 mm of life.
    thicknessMm: 5.5,
    form: 'sheet',
  },
  // Deep part: from the posterior third and inner surface of the arch, straight down onto the
  // upper lateral ramus and the base of the coronoid process.
  'masseter-deep': {
    origin: [a('zygion', [-5, -4, -8]), a('condylion', [3, 1, 8])],
    insertion: [a('coronoid', [2, -24, -4]), a('condylion', [-8, -28, 2])],
    bellyWidthMm: 26,
    thicknessMm: 8,
    form: 'strap',
  },
  // The origin follows the inferior temporal line round from the front, back and down to where
  // it becomes the supramastoid crest above and behind the ear; the lowest fibres run forward
  // along the crest over the root of the zygomatic arch, so the whole fossa is muscle.
  temporalis: {
    origin: [
      a('frontotemporale'),
      a('frontotemporale', [8, 26, -32]),
      a('euryon', [-6, 30, 20]),
      a('euryon', [-5, 14, -16]),
      a('asterion', [7, 21, 14]),
      a('porion', [3, 12, -38]),
    ],
    insertion: [
      a('coronoid', [-1, -14, 4]),
      a('coronoid', [0, -8, 2]),
      a('coronoid', [0, 1, 0]),
      a('coronoid', [1, 2, -4]),
      a('coronoid', [2, 1, -8]),
    ],
    runsLevel: { from: 0.45, turn: 0.7 },
    thicknessMm: 9,
    form: 'fan',
  },
  'splenius-cervicis': {
    origin: [a('t3-spinous', [3, 0, 3]), a('t6-spinous', [3, 0, 3])],
    insertion: [a('c4-transverse', [-2, 13, -5]), a('atlas-transverse', [-3, -1, -5])],
    via: [a('cervicale', [36, -5, 10])],
    bellyWidthMm: 13,
    thicknessMm: 5,
    form: 'strap',
  },
  // From the lower half of the ligamentum nuchae and the spines of C7-T3 to the mastoid and the
  // occipital bone below the lateral third of the superior nuchal line, under cover of the SCM
  // (Gray's): its insertion lies deep to the sternal head's, 5 mm in and 7 mm back on the mastoid
  // and 2-4 mm below it on the occiput. Laid on the sternal head's own line (mastoidale [4, 12, -4],
  // asterion [-5, -2, 2]), the two passed 1.0-1.4 mm into each other there on 2.6-5.9 % of their
  // vertices (0.2-0.5 mm on 0.3-1.6 % now); laid on the mastoid's surface behind the head's
  // (mastoidale [1, 16, -17] or [2, 14, -14]), still 1.1-1.4 mm on 2.5-3.2 %. 6.5 mm thick (6
  // before) it keeps 21.7 cm3 (23.0 before; 20.0 at 6 mm, the least the targets allow).
  'splenius-capitis': {
    origin: [a('cervicale', [3, 40, 10]), a('cervicale', [3, 0, 2]), a('t3-spinous', [3, 0, 3])],
    insertion: [a('asterion', [-5, -3, 4]), a('mastoidale', [-1, 12, -11])],
    thicknessMm: 6.5,
    form: 'sheet',
  },
  // A strap 2-3 cm broad and 8-12 mm thick at mid-neck, about 1.5-2.5 cm2 in section (Gray's;
  // Netter's lateral neck). Laid 11 mm thick, its belly measured 11-15 mm across square cuts and
  // 3.0 cm2 at its middle (the report's 26 mm belly thickness is rays from its rims running across
  // its width); at 9 mm it is 9-13.5 mm and 2.6 cm2. At 8 mm (2.5 cm2) the upper trapezius,
  // packed over it, sank onto the splenius cervicis (1.6 mm into it, from 0.8). 26 mm broad
  // (22 before) it is 23.3 cm3, and its C4 slip and the trapezius over it fold less in the turns.
  'levator-scapulae': {
    origin: [a('atlas-transverse', [-1, 0, -3]), a('c4-transverse', [0, 0, -3])],
    insertion: [a('superior-angle', [0, 2, 0]), a('superior-angle', [14, -30, -4])],
    bellyWidthMm: 26,
    thicknessMm: 9,
    form: 'strap',
  },
  // A flat belly, 14 mm wide and 6.5 thick (12 and 8 before: its blunt belly kept the volume at
  // 1.5 cm3 where it took 1.8, and the rounder section bent 12.6 % of its edges where 10 are allowed).
  'digastric-anterior': {
    origin: [a('menton', [8, 2, -4])],
    insertion: [a('hyoid', [12, 2, -6])],
    bellyWidthMm: 14,
    thicknessMm: 6.5,
    form: 'strap',
  },
  // Superficial part: a thick quadrilateral from the anterior two-thirds of the arch's lower
  // border (and the zygomatic process of the maxilla) down and back to the angle and the lower
  // half of the lateral ramus.
  'masseter-superficial': {
    origin: [a('zygion', [-16, -7, 15]), a('zygion', [-6, -6, 5]), a('zygion', [-2, -5, -7])],
    insertion: [a('gonion', [-4, -4, 30]), a('gonion', [0, -2, 16]), a('gonion', [2, 2, 0])],
    bellyWidthMm: 38,
    thicknessMm: 12,
    form: 'sheet',
  },
  // Both heads lie in the investing layer of the deep cervical fascia, under the platysma: the
  // sternal head's rounded tendon and belly just under the skin; the clavicular head, fleshy and
  // flat, deeper, passing under the sternal head as they join and over the lower scalenus
  // anterior below (Gray's). The generator lays both at these depths (`lie: 'fascia'`). Laid at
  // 8 mm the clavicular head stood off the scalenus anterior, whose bed contact fell below 70 %; at
  // 12 mm it ran into the scalenes and levator, and the muscles laid before it carved it thinner.
  'sternocleidomastoid-clavicular': {
    origin: [a('sternoclavicular', [14, 6, 0]), a('sternoclavicular', [38, 8, -6])],
    insertion: [a('mastoidale', [2, 4, 6]), a('mastoidale', [3, 16, -4])],
    bellyWidthMm: 26,
    thicknessMm: 10,
    underSkinMm: 10,
    form: 'strap',
  },
  'sternocleidomastoid-sternal': {
    origin: [a('jugular-notch', [4, -4, 6]), a('jugular-notch', [12, -8, 6])],
    insertion: [a('mastoidale', [3, 14, 0]), a('asterion', [-4, 0, 0])],
    bellyWidthMm: 26,
    // The sternal head alone; the two heads together make the SCM's 8-12 mm belly where they
    // overlap. At 10 mm its belly, full from low in the neck, stood 11 mm thick under the chin and
    // reached into the mandible in full flexion (muscle-forms.ts).
    thicknessMm: 8,
    underSkinMm: 3,
    form: 'strap',
  },
  'upper-trapezius': {
    origin: [a('inion', [24, -2, 3]), a('inion'), a('inion', [0, -66, 22]), a('cervicale')],
    insertion: [a('acromion', [-65, 0, 35]), a('acromion', [-30, 2, 12]), a('acromion'), a('acromion', [-45, -5, -33])],
    thicknessMm: 5.5,
    underSkinMm: 3,
    form: 'sheet',
  },
  // The trapezius below the upper fibres, drawn as one sheet so upper, middle and lower parts read
  // as the diamond of a textbook plate: the middle fibres from the spines of C7-T3 run nearly
  // horizontally out to the medial acromion and the upper lip of the spine of the scapula; the
  // lower ones from T4-T6 (the model ends there; in life down to T12) up and out to the tubercle
  // at the root of the spine. The catalogue has no middle-trapezius muscle, so its fibres are
  // part of this mesh. Origin top to bottom, insertion lateral to medial; its first fibre is the
  // upper trapezius's last, the border along which the two parts meet.
  'lower-trapezius': {
    origin: [
      a('cervicale'),
      a('t3-spinous', [2, 38, 4]),
      a('t3-spinous', [2, 12, 1]),
      a('t3-spinous', [2, -14, 2]),
      a('t6-spinous', [2, -2, -2]),
    ],
    insertion: [
      a('acromion', [-45, -5, -33]),
      a('superior-angle', [43, -17, 1]),
      a('superior-angle', [23, -23, -6]),
      a('superior-angle', [16, -26, -10]),
      a('superior-angle', [14, -33, -8]),
    ],
    thicknessMm: 4,
    underSkinMm: 3,
    form: 'sheet',
  },
  // A thin sheet from the fascia below the clavicle to the lower border of the mandible, in
  // front of the angle: the two sides leave a V-shaped gap over the larynx, and behind its
  // lateral border the upper sternocleidomastoid lies bare.
  platysma: {
    origin: [a('jugular-notch', [30, -18, 12]), a('acromion', [-110, -30, 46])],
    insertion: [a('menton', [12, 4, 0]), a('gonion', [-4, -8, 26])],
    thicknessMm: 1,
    underSkinMm: 2,
    form: 'sheet',
  },
  // From the zygomatic bone in front of the zygomaticotemporal suture down, forward and in to the
  // modiolus at the angle of the mouth: a band about a centimetre wide at its middle and a few
  // millimetres thick. Each attachment line runs across the band; laid nearly along it (the origin
  // within 25 degrees of the fibres), the grid was sheared into a ribbon 5-6 mm wide of 0.9 cm3.
  'zygomaticus-major': {
    origin: [a('zygion', [-11, 1, 21]), a('zygion', [-6, -5, 17])],
    insertion: [a('prosthion', [23, -8, -6]), a('prosthion', [27, -12, -7])],
    bellyWidthMm: 10,
    thicknessMm: 4,
    underSkinMm: 2.5,
    form: 'strap',
  },
  'orbicularis-oculi': {
    origin: loop('orbitale', [-1, 17, 10], [15, 6.5], [-8, -10, 0, 0], 16),
    insertion: loop('orbitale', [-1, 17, 6], [25, 21], [-18, 10, 10, 0], 16),
    thicknessMm: 2,
    underSkinMm: 2,
    form: 'ring',
  },
  frontalis: {
    origin: [a('bregma', [3, -10, 40]), a('bregma', [40, -19, 25])],
    insertion: [a('glabella', [6, 2, 2]), a('supraorbitale', [12, 4, -4])],
    thicknessMm: 1.8,
    underSkinMm: 3,
    form: 'sheet',
  },
  occipitalis: {
    origin: [a('inion', [18, 2, 2]), a('asterion', [2, 4, 0])],
    insertion: [a('inion', [20, 40, -2]), a('asterion', [2, 42, -4])],
    thicknessMm: 1.8,
    underSkinMm: 3,
    form: 'sheet',
  },
};
