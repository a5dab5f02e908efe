import type { Anchor, MuscleId } from '../../src/mapping/types';

/**
 * How each muscle's solid is shaped between the attachments of `src/mapping/attachments.ts`
 * (which hold where it attaches, its belly width and its greatest thickness). Read one entry as a
 * sentence: "a fusiform belly, thickest at 55 % of the way from origin to insertion, with a
 * tendon over the first 10 % and the last 15 % of that way, lying on the bone beneath it".
 */
export interface MuscleForm {
  /**
   * Cross-section across the fibres: `fusiform` and `strap` are lens-shaped (round-edged), a
   * `fan` or `sheet` keeps its thickness nearly to its borders, `pennate` is a thick block with
   * flat faces, `ring` is a sphincter whose fibres run round the loop.
   */
  readonly arrangement: 'fusiform' | 'strap' | 'fan' | 'sheet' | 'pennate' | 'ring';
  /** Where along the path (0 origin, 1 insertion) the belly is thickest. */
  readonly bellyPeak: number;
  /**
   * `blunt`: the belly keeps its thickness almost to its tendons, as a strap's does, with its own
   * cross-section; otherwise it tapers along its length as its arrangement's (a fusiform belly as
   * a spindle, thin for a fifth of its way at either end).
   */
  readonly bellyEnds?: 'blunt';
  /** Share of the path that is tendon or aponeurosis at the origin and at the insertion. */
  readonly tendon: readonly [number, number];
  /**
   * `bone`: the deep face rests on the bone and the muscles laid before it (a deep muscle);
   * `skin`: a facial or superficial sheet kept at `underSkinMm` of its attachments;
   * `free`: only kept out of what lies deeper and under the skin (a strap crossing open space);
   * `fascia`: a strap held just under the skin by the fascia that sheathes it (the SCM in the
   * investing layer of the deep cervical fascia): its belly is laid at `underSkinMm` of its
   * attachments, as a `skin` sheet's is, but it is shaped and meshed as a `free` strap, its ends
   * kept on their bone. Laid free on the straight line from the sternum and clavicle to the
   * mastoid, the SCM ran through the C2-C3 transverse processes, the levator scapulae, the
   * scalenes and the splenius, and the muscles laid before it carved its sternal head to scraps
   * (its smallest section 0.19 of its largest, 45 % of its edges bent; laid under the skin and
   * faired, 0.24 and 5 %).
   */
  readonly lie: 'bone' | 'skin' | 'free' | 'fascia';
  /**
   * A tendinous patch at the origin over part of the width: u from..to (0 first origin anchor,
   * 1 last), reaching `depth` of the path at its widest (trapezius at C7-T1).
   */
  readonly originPatch?: { readonly u: readonly [number, number]; readonly depth: number };
  /**
   * For a ring: the share of the loop, centred on its point nearest the midline, that is
   * tendinous (the medial palpebral ligament of the orbicularis oculi, into the frontal process
   * of the maxilla).
   */
  readonly medialLigament?: number;
  /**
   * Spacing of the laid grid, mm, for a sheet under the skin that keeps a coarser grid than
   * `muscle-grid.ts` gives the sheets (refined to SHEET_EDGE_MM), counted from the straight line
   * between its attachments' centres. Skinned, a sheet turns over in the poses triangle by
   * triangle where the neck, the shoulder or the jaw folds it, and the count the posed surfaces
   * may reach goes up with its triangles: refined to 2.85 mm, the upper trapezius turned 1,660
   * triangles over across the poses where it turned 670 and the platysma 1,090 for 950; the lower
   * trapezius's end, drawn round the root of the scapular spine, crumpled into slivers that turned
   * over as the shoulder was drawn back or lowered (past those poses' bounds). Refined, the
   * frontalis follows the curve of the forehead more closely, and its mid-belly section, whose
   * depth the sheet check counts as thickness, measured 7.9 times as wide as thick where a sheet
   * needs 8.
   */
  readonly rowMm?: number;
  /**
   * The border, the first fibre of the width or the last, along which this part of a muscle the
   * catalogue splits runs on into another part of it (`part`): the upper and lower trapezius are
   * one sheet in life. The two share that fibre (`attachments.ts`) and the part laid second is not
   * packed against the first: packed, it stood off the first's rounded border by the border's
   * half-thickness and more, a slit from the spine to the acromion showing the muscles beneath.
   * Both lie at the same depth under the skin, so their outer faces meet flush.
   */
  readonly joins?: { readonly part: MuscleId; readonly border: 'first' | 'last' };
  /**
   * Bound onto its bed by fat and fascia that the model leaves out (the suboccipital triangle, the
   * infratemporal fossa, the orbit, the scalenes on the transverse processes, the longus colli
   * on the vertebral bodies): the solid settles onto the bone and the muscles beneath it instead
   * of standing clear of them (`settle.ts`).
   */
  readonly settles?: true;
  /**
   * Its level set smoothed and remeshed evenly (`muscle-surface.ts`) rather than simplified by
   * distance, which leaves creases and slivers. Not yet every muscle. Faired all (tried), the
   * muscles took 433,000 triangles of the model's 400,000; and the contact check counts vertices
   * within 2 mm of a neighbour, which the simplified mesh crowds onto its creased bed face: even
   * edges brought the suboccipitals and the anterior and middle scalenes from 72-77 % to 61-68 %
   * (by area the simplified meshes rest only 57-63 % on their bed; the target is 70 %). The semispinalis
   * capitis's belly, smoothed, measured 9.6 mm (target 10).
   * `whole`: the bed face smoothed as well (`muscle-surface.ts`), for slender deep muscles whose
   * kept bed face stayed a third bent, and for the semispinalis cervicis and multifidi filling the
   * laminar gutter (36 % of edges bent, 10 % faired whole, for slightly fewer triangles). Tried on
   * more: the splenius capitis came to 9.7 % bent for 5,800 more triangles, past the budget; the
   * semispinalis capitis's smoothed face reached into the trapezius laid over it (2.7 % of its
   * vertices, where 2 % is allowed); the suboccipital recti, the scalenes, the levator scapulae and
   * the SCM stayed at 10-20 % (the levator, faired, 13 %).
   */
  readonly faired?: true | 'whole';
  /**
   * The simplified level set kept, but evened out (`evenedSurface` in muscle-surface.ts): for a
   * muscle whose fairing would cost triangles or contact its neighbours count on. Its long slivers
   * turn over as the neck moves: the semispinalis capitis's turned over 1,078 triangles a side over
   * all the poses and passed twice their area 1,863 times; faired whole they fell to a few dozen,
   * but it took 2,200 more triangles (past the budget) and its smoothed deep face lifted off the
   * semispinalis cervicis, whose vertices within 2 mm of a neighbour fell to 69.9 % (70 needed).
   * Evened, 32 and 2, at the same triangles. So the splenius capitis (1,025 and 2,305 -> 13 and 2),
   * the splenius cervicis (374 and 729 -> 111 and 61), the rectus capitis posterior major (434 and
   * 875 -> 23 and 1) and the anterior and middle scalenes (44-30 and 53-56 -> 0-1 and 0-2). Not the
   * rectus capitis posterior minor, whose vertices within 2 mm of the occiput, the atlas or a
   * neighbour fell from 71 to 67.5 % (70 needed), nor the obliquus capitis inferior, which came
   * 2.2 mm into the atlas as the head tipped back.
   */
  readonly evened?: true;
  /**
   * A strap whose attachment rows face different ways about its course: its width turns about
   * the course between them and keeps its breadth, easing to the attachments' `bellyWidthMm` at
   * its middle (`twisted-strap.ts`). Laid straight from row to row, the levator scapulae's smallest
   * section between a fifth and four fifths of its way was 0.32 of its largest; the splenius
   * cervicis's, from the spines of T3-T6 to the tubercles of C1-C3, 0.23 (0.47 and 0.45 twisted).
   */
  readonly twists?: true;
  /**
   * A belly that keeps its breadth up its way and fans out onto a broad insertion line late: its
   * breadth between the border fibres grows from the origin line's to the insertion line's as the
   * way along raised to this power (1, the default: evenly; never under the attachments'
   * `bellyWidthMm` profile), the fibres keeping their courses. The sternal head of the SCM, a
   * rounded belly from the manubrium that spreads only at the mastoid and the superior nuchal line:
   * at 2, 24 mm wide at three fifths of its way where it was 30. Its rows kept turning toward the
   * insertion line as before: moved with the breadth instead (the offsets blended late), the lower
   * belly lay across the neck toward the midline, under the chin in full flexion (5.1 mm into the
   * posed mandible).
   */
  readonly spreadsLate?: number;
  /**
   * Points the laid belly passes after the attachments' via points, where tissue the model leaves
   * out holds it off a bone its straight course would touch. Not part of its line of pull: the
   * movement layer's path (through the attachments' via points) stays as it was.
   */
  readonly laidVia?: readonly Anchor[];
  /**
   * An insertion tendon that is a round cord, not a flat band as wide as the belly: over the
   * tendon part of the path the laid width narrows to a cord `mm` across (the belly tapering into
   * it over the last `taper` share of its way), and it opens again into a short fan over the last
   * `fan` share of the path onto the insertion line (the superior oblique's tendon, about 2 mm
   * round through the trochlea, fanning out under the superior rectus onto the sclera; Gray's).
   * The cord slides in its sheath and does not settle onto its bed (`settles`): settling, it
   * swelled to 3.4-4.9 mm across where it passes the orbital roof; free, 2.2-2.6 mm.
   */
  readonly cord?: { readonly mm: number; readonly taper: number; readonly fan: number };
  /**
   * A bone it lies over but does not attach to, and how far off it the solid is kept (mm), where
   * tissue the model leaves out lies between and the body carrying the muscle turns against that
   * bone (the bone named as on the left, where muscles are built). Every muscle is kept 0.5 mm off
   * every bone (`muscle-solid.ts`).
   */
  readonly offBone?: { readonly bone: string; readonly mm: number };
}

/**
 * A point of the SCM's belly behind and below the angle of the mandible ([lateral, up, anterior] mm
 * from gonion): in life the parotid's tail and the posterior belly of the digastric keep its
 * anterior border about a centimetre off the angle. Laid straight from the sternum and clavicle
 * to the mastoid, both heads lay on the angle (0.5 mm), and it passed 4-5 mm into them as the
 * head bent forward or sideways or tucked the chin; through these points, laid under the skin,
 * they clear it by 6 mm (sternal head) and 3.5 mm (clavicular). Level with the angle, its sweep
 * in a turn toward the side or an opening jaw reached deeper into them; 8 and 5 mm further back
 * they cleared it in flexion and the chin tuck but not in the stretches, and 570 more of their
 * triangles turned over across the poses.
 * Not a via of `attachments.ts`: there it bent the movement layer's path too, and riding with C3
 * or the skull the sternal head no longer shortened in a turn away, riding between its ends its
 * own stretch lengthened it by under 8 %.
 */
const behindAngle = (offsetMm: readonly [number, number, number]): Anchor => ({ landmark: 'gonion', offsetMm });

export const muscleForms: Readonly<Record<MuscleId, MuscleForm>> = {
  'rectus-capitis-posterior-minor': {
    arrangement: 'fan',
    bellyPeak: 0.55,
    tendon: [0.14, 0.05],
    lie: 'bone',
    settles: true,
  },
  'rectus-capitis-posterior-major': {
    arrangement: 'fan',
    bellyPeak: 0.5,
    tendon: [0.12, 0.05],
    lie: 'bone',
    settles: true,
    evened: true,
    // The vertebral artery and the suboccipital nerve lie on the posterior arch of the atlas, in
    // the suboccipital triangle this muscle borders. Settled onto the arch (1.1-1.6 mm off it),
    // riding the axis, the atlas and the head by their share of its height, it was swept 3.3 mm
    // into the arch as the atlas turned on the axis in a full turn (2.7 in the SCM's stretches);
    // 2.5 mm off it, under 2.
    offBone: { bone: 'c1-atlas', mm: 2.5 },
  },
  'obliquus-capitis-superior': {
    arrangement: 'fusiform',
    bellyPeak: 0.5,
    tendon: [0.12, 0.06],
    lie: 'bone',
    settles: true,
    faired: 'whole',
  },
  // Evened (`evened`): its simplified level set's slivers turned over as the atlas turned on the
  // axis, 192 of its triangles a side over all the poses, and 153 passed twice their area; evened
  // and laid on the atlas (`muscle-beds.ts`), 24 and 4.
  'obliquus-capitis-inferior': {
    arrangement: 'fusiform',
    bellyPeak: 0.5,
    tendon: [0.1, 0.1],
    lie: 'bone',
    evened: true,
  },
  'semispinalis-cervicis-multifidi': {
    arrangement: 'pennate',
    bellyPeak: 0.5,
    tendon: [0.08, 0.07],
    lie: 'bone',
    faired: 'whole',
  },
  // Tendinous slips at the lower end (longus capitis) and at the atlas (longus colli). The longus
  // colli lies flat on the vertebral bodies under the prevertebral fascia: full along its length,
  // thin toward its borders, where its oblique parts run out to the transverse processes.
  'longus-colli': {
    arrangement: 'fusiform',
    bellyPeak: 0.45,
    bellyEnds: 'blunt',
    tendon: [0.08, 0.08],
    lie: 'bone',
    settles: true,
    faired: 'whole',
  },
  'longus-capitis': { arrangement: 'fusiform', bellyPeak: 0.6, tendon: [0.14, 0.05], lie: 'bone', faired: 'whole' },
  // A fusiform belly ending well before the trochlea in the tendon that runs through it and back:
  // a round cord up to and through the pulley, fanning out onto the eyeball. Laid as a flat strip
  // the belly's 6 mm wide, the tendon was 40 % of its area; as a cord, 32 % (the targets ask
  // 5-25 %, but its tendon is nearly as long as its belly: the trochlea is 65 % of its way along,
  // and the insertion's fan and the ends' caps alone are 20 % of its area).
  'superior-oblique': {
    arrangement: 'fusiform',
    bellyPeak: 0.35,
    tendon: [0.05, 0.38],
    lie: 'bone',
    settles: true,
    cord: { mm: 2, taper: 0.1, fan: 0.08 },
  },
  'lateral-pterygoid': {
    arrangement: 'fusiform',
    bellyPeak: 0.4,
    tendon: [0.05, 0.15],
    lie: 'bone',
    settles: true,
    faired: 'whole',
  },
  'medial-pterygoid': { arrangement: 'pennate', bellyPeak: 0.5, tendon: [0.1, 0.08], lie: 'bone' },
  // Tendinous slips from the articular and transverse processes; a tendinous band crosses it.
  'semispinalis-capitis': { arrangement: 'strap', bellyPeak: 0.6, tendon: [0.1, 0.08], lie: 'bone', evened: true },
  'scalene-anterior': { arrangement: 'fusiform', bellyPeak: 0.5, tendon: [0.12, 0.1], lie: 'bone', evened: true },
  'scalene-middle': {
    arrangement: 'fusiform',
    bellyPeak: 0.5,
    tendon: [0.07, 0.06],
    lie: 'bone',
    settles: true,
    evened: true,
  },
  // The smallest scalene, a slender even belly from the posterior tubercles of C4-C6 to the outer
  // surface of the second rib, which it reaches over the outer border of the first (Gray's;
  // `attachments.ts` lays that border as its via points). Laid straight from its tubercles to the
  // second rib, its course crossed the first rib's shaft half a centimetre inside that border;
  // carved out of the rib, seven tenths of the way along only a 24-29 mm2 scrap beside the rib was
  // left, its smallest section between a fifth and four fifths of its way 0.16 of its largest
  // (29 mm2 at 0.7 against 184 at 0.5). Over the border, full to its tendons as a strap
  // (`bellyEnds`) and bound onto the middle scalene and the rib as the other scalenes are
  // (`settles`), 0.5. Over the border but a spindle, 0.32 (0.41 on an earlier build); over it
  // unbound, 0.5 but 42 % of its vertices within 2 mm of its bed where 52 % had been.
  'scalene-posterior': {
    arrangement: 'fusiform',
    bellyPeak: 0.5,
    bellyEnds: 'blunt',
    tendon: [0.07, 0.06],
    lie: 'bone',
    settles: true,
    evened: true,
  },
  // Full from the mastoid notch nearly to the intermediate tendon that slings over the hyoid, which
  // takes the last eighth of its way (the whole last tenth reads as tendon). Tapering as a spindle
  // into a tendon over the last 18 %, its section at four fifths of the way was 0.29 of its largest.
  'digastric-posterior': {
    arrangement: 'fusiform',
    bellyPeak: 0.55,
    bellyEnds: 'blunt',
    tendon: [0.08, 0.12],
    lie: 'free',
  },
  buccinator: { arrangement: 'sheet', bellyPeak: 0.45, tendon: [0.06, 0.1], lie: 'bone', faired: true },
  'masseter-deep': { arrangement: 'pennate', bellyPeak: 0.5, tendon: [0.1, 0.05], lie: 'bone', faired: true },
  // A fan filling the temporal fossa, gathered into the tendon that passes under the arch.
  temporalis: {
    arrangement: 'fan',
    bellyPeak: 0.62,
    tendon: [0.04, 0.22],
    lie: 'bone',
    faired: true,
  },
  // Its slips end in tendons on the posterior tubercles of C1-C3.
  'splenius-cervicis': {
    arrangement: 'strap',
    bellyPeak: 0.5,
    tendon: [0.08, 0.1],
    lie: 'bone',
    twists: true,
    evened: true,
  },
  'splenius-capitis': { arrangement: 'sheet', bellyPeak: 0.55, tendon: [0.12, 0.1], lie: 'bone', evened: true },
  // A thick strap, full from its slips on C1-C4 nearly to the scapula (Gray's; Netter's lateral neck).
  // Faired: made thinner (8-10 mm, from 11), its simplified level set's slivers turned over in
  // the poses, 720-735 triangles of each side over all of them and 1,563-1,587 past twice their
  // area (390 and 957 at 11 mm); faired at 9 mm, 121 and 83, for 980 more triangles a side.
  'levator-scapulae': {
    arrangement: 'strap',
    bellyPeak: 0.45,
    tendon: [0.08, 0.04],
    lie: 'bone',
    twists: true,
    faired: true,
  },
  // Starts at the intermediate tendon over the hyoid's side, which it shares with the posterior belly.
  // From the digastric fossa, full nearly to the intermediate tendon, which takes the last eighth of
  // its way (the whole last tenth reads as tendon), as the posterior belly's. Tapering as a spindle
  // into a tendon over the last 17 %, its section at four fifths of the way was 0.31 of its largest
  // (0.53 now). Laid on the mylohyoid (`lie: 'bone'`, on the floor as its bed) it rested on it, 58 %
  // of it within 2 mm of a bone or muscle, but its section pressed flat on top bent 12-16 % of its
  // edges and its border against the mandible went 2.6 mm into it as the head bent forward: it
  // stays free, kept out of the floor (`contextMuscleBed`).
  'digastric-anterior': {
    arrangement: 'fusiform',
    bellyPeak: 0.5,
    bellyEnds: 'blunt',
    tendon: [0.05, 0.12],
    lie: 'free',
    faired: true,
  },
  // A strong aponeurosis at the zygomatic origin runs down into the belly.
  'masseter-superficial': {
    arrangement: 'pennate',
    bellyPeak: 0.55,
    tendon: [0.16, 0.05],
    lie: 'bone',
    faired: true,
  },
  'sternocleidomastoid-clavicular': {
    arrangement: 'strap',
    bellyPeak: 0.45,
    tendon: [0.06, 0.1],
    lie: 'fascia',
    laidVia: [behindAngle([-5, -6, -10])],
    // Laid under the skin, the simplified level set's slivers turned over in the poses: 803
    // triangles of each head over all poses, 92 faired (the sternal head's 1,081 to 96).
    faired: true,
  },
  // The rounded sternal tendon, giving way to a rounded belly within the lowest few centimetres,
  // full up the neck and spreading only at the mastoid and the superior nuchal line (Gray's,
  // Netter). As a spindle thickest at 55 % with 16 % of tendon, widening evenly to its 57-mm
  // insertion line, it was a thin tendon low and a broad fan high: its section at a fifth of its
  // way was 0.24 of its largest (56 mm2, 14 x 6 mm, against 232 at 0.7, 33 x 10 mm). Blunt, 12 %
  // tendon, spreading late and 8 mm thick (`attachments.ts`), 0.47 (75 mm2, 15 x 7.5, against 158
  // at 0.6, 24 x 8.5). Its lower belly lies under the chin in full flexion: thickened there
  // instead (10-11 mm at a third of its way, or widened toward the midline), it reached 3.3-5.1 mm
  // into the posed mandible where it reached 1.8; as here, 2.05.
  'sternocleidomastoid-sternal': {
    arrangement: 'fusiform',
    bellyPeak: 0.5,
    bellyEnds: 'blunt',
    tendon: [0.12, 0.08],
    spreadsLate: 2,
    lie: 'fascia',
    laidVia: [behindAngle([-13, -2, -24])],
    faired: true,
  },
  // The aponeurosis over C7-T1 is the tendinous patch at the lower end of its origin line.
  'upper-trapezius': {
    arrangement: 'sheet',
    bellyPeak: 0.5,
    tendon: [0.03, 0.04],
    lie: 'skin',
    originPatch: { u: [0.62, 1], depth: 0.22 },
    joins: { part: 'lower-trapezius', border: 'last' },
    rowMm: 7,
  },
  // Middle and lower fibres (see attachments.ts); the lower ones end in a flat tendon gliding over
  // the root of the scapular spine.
  'lower-trapezius': {
    arrangement: 'sheet',
    bellyPeak: 0.45,
    tendon: [0.04, 0.12],
    lie: 'skin',
    joins: { part: 'upper-trapezius', border: 'first' },
    rowMm: 8.5,
  },
  platysma: { arrangement: 'sheet', bellyPeak: 0.5, tendon: [0.04, 0.05], lie: 'skin', rowMm: 8.5 },
  'zygomaticus-major': { arrangement: 'strap', bellyPeak: 0.45, tendon: [0.05, 0.07], lie: 'skin' },
  'orbicularis-oculi': { arrangement: 'ring', bellyPeak: 0.5, tendon: [0, 0], lie: 'skin', medialLigament: 0.1 },
  // Each ends above in a tendinous border that joins the galea aponeurotica (a context part).
  frontalis: { arrangement: 'sheet', bellyPeak: 0.6, tendon: [0.12, 0.04], lie: 'skin', rowMm: 5.6 },
  occipitalis: { arrangement: 'sheet', bellyPeak: 0.4, tendon: [0.05, 0.12], lie: 'skin' },
};

/**
 * What a measured muscle should come to (cm3 and belly thickness, mm, at least), from MRI
 * volumetry and dissection (see /work/shared/reference/anatomy-targets.md); paired heads that
 * anatomists weigh together are one group.
 */
export const muscleTargets: readonly {
  readonly muscles: readonly MuscleId[];
  readonly volumeCm3?: readonly [number, number];
  readonly thicknessMm: readonly [number, number];
}[] = [
  { muscles: ['masseter-superficial', 'masseter-deep'], volumeCm3: [20, 35], thicknessMm: [10, 14] },
  { muscles: ['temporalis'], volumeCm3: [20, 40], thicknessMm: [8, 14] },
  { muscles: ['medial-pterygoid'], volumeCm3: [8, 13], thicknessMm: [8, 14] },
  { muscles: ['lateral-pterygoid'], volumeCm3: [5, 8], thicknessMm: [8, 14] },
  {
    muscles: ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'],
    volumeCm3: [35, 60],
    thicknessMm: [8, 12],
  },
  { muscles: ['upper-trapezius'], volumeCm3: [30, 60], thicknessMm: [5, 10] },
  { muscles: ['splenius-capitis'], volumeCm3: [20, 35], thicknessMm: [5, 9] },
  { muscles: ['semispinalis-capitis'], volumeCm3: [25, 50], thicknessMm: [10, 15] },
  { muscles: ['levator-scapulae'], volumeCm3: [15, 30], thicknessMm: [8, 12] },
  { muscles: ['scalene-anterior'], volumeCm3: [8, 12], thicknessMm: [6, 12] },
  { muscles: ['scalene-middle'], volumeCm3: [10, 18], thicknessMm: [8, 14] },
  { muscles: ['scalene-posterior'], volumeCm3: [5, 9], thicknessMm: [5, 10] },
  { muscles: ['rectus-capitis-posterior-major'], volumeCm3: [3, 6], thicknessMm: [5, 10] },
  { muscles: ['rectus-capitis-posterior-minor'], volumeCm3: [1.5, 3], thicknessMm: [4, 8] },
  { muscles: ['obliquus-capitis-inferior'], volumeCm3: [4, 8], thicknessMm: [8, 14] },
  { muscles: ['obliquus-capitis-superior'], volumeCm3: [2, 5], thicknessMm: [5, 10] },
  { muscles: ['digastric-anterior'], volumeCm3: [1.5, 4], thicknessMm: [5, 8] },
  { muscles: ['digastric-posterior'], volumeCm3: [2, 5], thicknessMm: [5, 8] },
  { muscles: ['zygomaticus-major'], volumeCm3: [1, 2.5], thicknessMm: [2, 3] },
  { muscles: ['buccinator'], volumeCm3: [3, 6], thicknessMm: [2, 4] },
  // Uncertain bands: few volumetric studies; from MRI cross-sections (longus colli about 0.6-1 cm2
  // over about 10 cm, longus capitis about 0.5-0.9 cm2 over 8 cm) and the superior oblique's belly
  // of about 35 mm at up to 0.2-0.3 cm2.
  { muscles: ['longus-colli'], volumeCm3: [5, 8], thicknessMm: [5, 9] },
  { muscles: ['longus-capitis'], volumeCm3: [4, 7], thicknessMm: [6, 10] },
  { muscles: ['superior-oblique'], volumeCm3: [0.5, 1], thicknessMm: [3, 6] },
  { muscles: ['platysma'], thicknessMm: [0.5, 1.5] },
  { muscles: ['frontalis'], thicknessMm: [1, 2.5] },
  { muscles: ['occipitalis'], thicknessMm: [1.5, 3] },
];
