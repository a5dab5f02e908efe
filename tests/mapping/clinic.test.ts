import { describe, expect, it } from 'vitest';
import {
  getMuscle,
  landmarks,
  musclesForRegion,
  musclesReferringTo,
  painRegions,
  referralAt,
  regionCentre,
  resolveAnchor,
  otherSide,
  pointMToMm,
  sides,
  type Anchor,
  type Candidate,
  type Side,
  type Vec3,
} from '../../src/mapping';
import { distance } from '../../src/mapping/vec';

/**
 * Tests that read like the clinic: a patient points at a spot or names a region, and the
 * muscles a clinician would examine first come back. Written against landmarks and the named
 * regions, never against stroke coordinates, so they hold when a zone is redrawn but still
 * says the same thing.
 */

const SUBOCCIPITALS = [
  'rectus-capitis-posterior-major',
  'rectus-capitis-posterior-minor',
  'obliquus-capitis-superior',
  'obliquus-capitis-inferior',
] as const;

const SCALENES = ['scalene-anterior', 'scalene-middle', 'scalene-posterior'] as const;

/** A place given as clinicians describe it: a landmark, moved a little. */
const spot = (anchor: Anchor, side: Side = 'left'): Vec3 => resolveAnchor(anchor, side);

const find = (list: readonly Candidate[], id: string, side: Side): Candidate | undefined =>
  list.find((c) => c.muscleId === id && c.side === side);

const levelAt = (list: readonly Candidate[], id: string, side: Side): string | null =>
  find(list, id, side)?.level ?? null;

const idsOf = (list: readonly { muscleId: string }[]): string[] => list.map((c) => c.muscleId);

/** Clinicians examine the four suboccipitals as one group, so they count once in a ranking. */
const asExamined = (id: string): string => ((SUBOCCIPITALS as readonly string[]).includes(id) ? 'suboccipitals' : id);

/** The first `n` distinct muscles (suboccipitals as one) of a region's ranking, both sides merged. */
const leads = (regionId: string, side: Side, n: number): string[] =>
  [...new Set(idsOf(musclesForRegion(regionId, side)).map(asExamined))].slice(0, n);

/** Muscles with a stroke that is meant to cross to the other side. */
const crossesMidline = (id: string): boolean =>
  !!getMuscle(id)?.triggerPoints.some((t) =>
    t.zones.some((z) => z.strokes.some((s) => s.path.some((a) => a.opposite))),
  );

/** Position in millimetres: [left, up, anterior]. */
const mm = pointMToMm;

const trp = (muscleId: string, trpId: string, side: Side = 'left'): Vec3 => {
  const t = getMuscle(muscleId)?.triggerPoints.find((x) => x.id === trpId);
  if (!t) throw new Error(`no trigger point ${muscleId}/${trpId}`);
  return mm(resolveAnchor(t.at, side));
};

const L = (name: string): Vec3 => mm((landmarks as Record<string, Vec3>)[name]!);
const dist = distance;

describe('a patient points at one spot', () => {
  it('left temple (pterion-left): upper trapezius left is essential, and temporalis left is listed', () => {
    const list = musclesReferringTo(landmarks['pterion-left']);
    expect(levelAt(list, 'upper-trapezius', 'left')).toBe('essential');
    expect(levelAt(list, 'temporalis', 'left')).toBe('essential');
    expect(find(list, 'upper-trapezius', 'right')).toBeUndefined();
  });

  it('right temple (pterion-right) lists no left-side muscle except those that cross the midline', () => {
    const list = musclesReferringTo(landmarks['pterion-right']);
    expect(levelAt(list, 'upper-trapezius', 'right')).toBe('essential');
    const leftSide = list.filter((c) => c.side === 'left' && !crossesMidline(c.muscleId));
    expect(idsOf(leftSide)).toEqual([]);
  });

  it('vertex: splenius capitis comes first, essential', () => {
    const list = musclesReferringTo(landmarks.vertex);
    expect(list[0]?.muscleId).toBe('splenius-capitis');
    expect(list[0]?.level).toBe('essential');
  });

  it(
    'crown, 1.5 cm to the left of the vertex: splenius capitis and the high sternal SCM on the left, not on ' +
      'the right',
    () => {
      const list = musclesReferringTo(spot({ landmark: 'vertex', offsetMm: [15, 0, 6] }));
      expect(levelAt(list, 'splenius-capitis', 'left')).toBe('essential');
      expect(find(list, 'sternocleidomastoid-sternal', 'left')?.triggerPointId).toBe('high');
      expect(find(list, 'splenius-capitis', 'right')).toBeUndefined();
    },
  );

  it('lower incisors (infradentale): digastric anterior comes first, essential', () => {
    const list = musclesReferringTo(landmarks.infradentale);
    expect(list[0]?.muscleId).toBe('digastric-anterior');
    expect(list[0]?.level).toBe('essential');
  });

  it('jaw joint (condylion-left): lateral pterygoid and deep masseter, both essential', () => {
    const list = musclesReferringTo(landmarks['condylion-left']);
    expect(levelAt(list, 'lateral-pterygoid', 'left')).toBe('essential');
    expect(levelAt(list, 'masseter-deep', 'left')).toBe('essential');
    expect(list[0]?.level).toBe('essential');
  });

  it('occiput, 2-3 cm above and beside the inion: all four suboccipitals, essential, on that side', () => {
    const list = musclesReferringTo(spot({ landmark: 'inion', offsetMm: [10, 26, 0] }));
    for (const id of SUBOCCIPITALS) expect(levelAt(list, id, 'left'), id).toBe('essential');
  });

  it(
    'just above the left eyebrow: sternal SCM (mid trigger points), temporalis trigger point 1 and ' +
      'semispinalis capitis',
    () => {
      const p = spot({ landmark: 'supraorbitale', offsetMm: [0, 10, 0] });
      const list = musclesReferringTo(p);
      expect(levelAt(list, 'sternocleidomastoid-sternal', 'left')).toBe('essential');
      expect(referralAt('sternocleidomastoid-sternal', 'left', p).triggerPointId).toBe('mid');
      expect(referralAt('temporalis', 'left', p)).toMatchObject({ level: 'essential', triggerPointId: 'trp1' });
      expect(levelAt(list, 'semispinalis-capitis', 'left')).toBe('essential');
    },
  );

  it(
    'left forehead: clavicular SCM and frontalis essential; the right clavicular SCM only as its ' +
      'midline-crossing spillover',
    () => {
      const p = regionCentre(
        painRegions.find((r) => r.id === 'forehead')!,
        'left',
      );
      const list = musclesReferringTo(p);
      expect(levelAt(list, 'sternocleidomastoid-clavicular', 'left')).toBe('essential');
      expect(levelAt(list, 'frontalis', 'left')).toBe('essential');
      expect(levelAt(list, 'sternocleidomastoid-clavicular', 'right')).toBe('spillover');
      expect(levelAt(list, 'sternocleidomastoid-sternal', 'right')).toBeNull();
    },
  );

  it('angle of the jaw (gonion-left): superficial masseter from its lower trigger point, essential', () => {
    const list = musclesReferringTo(landmarks['gonion-left']);
    expect(list[0]?.muscleId).toBe('masseter-superficial');
    expect(find(list, 'masseter-superficial', 'left')).toMatchObject({ level: 'essential', triggerPointId: 'lower' });
  });

  it('throat, above the jugular notch: sternal SCM and medial pterygoid essential, posterior digastric listed', () => {
    const p = spot({ landmark: 'hyoid', toward: 'jugular-notch', t: 0.3 });
    const list = musclesReferringTo(p);
    expect(idsOf(list)).toContain('digastric-posterior');
    expect(levelAt(list, 'sternocleidomastoid-sternal', 'left')).toBe('essential');
    expect(levelAt(list, 'medial-pterygoid', 'left')).toBe('essential');
  });

  it('deep in the ear (porion-left): deep masseter and clavicular SCM essential', () => {
    const list = musclesReferringTo(landmarks['porion-left']);
    expect(levelAt(list, 'masseter-deep', 'left')).toBe('essential');
    expect(levelAt(list, 'sternocleidomastoid-clavicular', 'left')).toBe('essential');
  });

  it('mastoid (mastoidale-left): upper trapezius and posterior digastric essential', () => {
    const list = musclesReferringTo(landmarks['mastoidale-left']);
    expect(levelAt(list, 'upper-trapezius', 'left')).toBe('essential');
    expect(levelAt(list, 'digastric-posterior', 'left')).toBe('essential');
  });

  it('bridge of the nose (nasion): zygomaticus major and orbicularis oculi', () => {
    const ids = idsOf(musclesReferringTo(landmarks.nasion));
    expect(ids).toContain('zygomaticus-major');
    expect(ids).toContain('orbicularis-oculi');
  });

  it('upper front teeth: temporalis trigger point 1, essential (a main source of toothache), never 4', () => {
    const p = spot({ landmark: 'prosthion', offsetMm: [6, 5, -2] });
    expect(referralAt('temporalis', 'left', p)).toMatchObject({ level: 'essential', triggerPointId: 'trp1' });
  });

  it('lower front teeth: the temporalis does not answer, the anterior digastric does', () => {
    const p = spot({ landmark: 'infradentale', offsetMm: [6, -4, -2] });
    expect(referralAt('temporalis', 'left', p).level).toBeNull();
    expect(referralAt('digastric-anterior', 'left', p).level).not.toBeNull();
  });

  it('upper front teeth: the anterior digastric does not answer (lower incisors only)', () => {
    const p = spot({ landmark: 'prosthion', offsetMm: [6, 5, -2] });
    expect(referralAt('digastric-anterior', 'left', p).level).toBeNull();
  });

  it('just below the occiput beside the midline (base of the skull): the suboccipitals, essential', () => {
    const p = spot({ landmark: 'inion', offsetMm: [18, -16, 4] });
    for (const id of SUBOCCIPITALS) expect(referralAt(id, 'left', p).level, id).toBe('essential');
  });

  it('upper midline forehead (above the metopion): frontalis and clavicular SCM, essential', () => {
    const list = musclesReferringTo(spot({ landmark: 'metopion', offsetMm: [4, 10, 0] }));
    expect(levelAt(list, 'frontalis', 'left')).toBe('essential');
    expect(levelAt(list, 'sternocleidomastoid-clavicular', 'left')).toBe('essential');
  });

  it('mid-neck beside the spinous processes (about C4): the multifidi and the upper trapezius answer', () => {
    const ids = idsOf(
      musclesReferringTo(spot({ landmark: 'inion', toward: 'cervicale', t: 0.6, offsetMm: [14, 0, 0] })),
    );
    expect(ids).toContain('semispinalis-cervicis-multifidi');
    expect(ids).toContain('upper-trapezius');
  });

  it('the parietal area above the ear: the temporalis answers, essential', () => {
    const p = spot({ landmark: 'euryon', offsetMm: [0, 25, 0] });
    expect(referralAt('temporalis', 'left', p).level).toBe('essential');
  });

  it('deep in the ear (porion-left): the suboccipitals do not answer', () => {
    const ids = idsOf(musclesReferringTo(landmarks['porion-left']));
    for (const id of SUBOCCIPITALS) expect(ids).not.toContain(id);
  });

  it('at the eyebrow the suboccipitals weigh less than the sternal SCM (deep, poorly localised ache)', () => {
    const p = spot({ landmark: 'supraorbitale', offsetMm: [0, 10, 0] });
    const sub = referralAt('rectus-capitis-posterior-major', 'left', p).weight;
    expect(sub).toBeGreaterThan(0);
    expect(sub).toBeLessThan(referralAt('sternocleidomastoid-sternal', 'left', p).weight);
  });

  it('above and behind the ear: temporalis trigger point 4', () => {
    const p = spot({ landmark: 'porion', offsetMm: [0, 32, -24] });
    expect(referralAt('temporalis', 'left', p)).toMatchObject({ level: 'essential', triggerPointId: 'trp4' });
  });

  it('the scalenes answer for no landmark of the head (from the chin up)', () => {
    const headLandmarks = Object.entries(landmarks).filter(([, p]) => p[1] >= landmarks.menton[1]);
    expect(headLandmarks.length).toBeGreaterThan(20);
    for (const [name, p] of headLandmarks) {
      const ids = idsOf(musclesReferringTo(p));
      for (const s of SCALENES) expect(ids, name).not.toContain(s);
    }
  });
});

/** What a clinician expects first for each named region (left side for paired regions). */
const expectedLeads: Record<string, { readonly within: number; readonly muscles: readonly string[] }> = {
  temple: { within: 2, muscles: ['upper-trapezius', 'temporalis'] },
  forehead: { within: 3, muscles: ['frontalis', 'sternocleidomastoid-clavicular'] },
  'behind-the-eye': { within: 3, muscles: ['splenius-cervicis', 'sternocleidomastoid-sternal', 'upper-trapezius'] },
  'top-of-the-head': { within: 2, muscles: ['splenius-capitis', 'sternocleidomastoid-sternal'] },
  'back-of-the-head': { within: 2, muscles: ['suboccipitals', 'semispinalis-capitis'] },
  'behind-the-ear': {
    within: 4,
    muscles: ['upper-trapezius', 'sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'],
  },
  ear: { within: 3, muscles: ['masseter-deep', 'sternocleidomastoid-clavicular'] },
  'jaw-joint': { within: 2, muscles: ['masseter-deep', 'lateral-pterygoid'] },
  'angle-of-the-jaw': { within: 2, muscles: ['masseter-superficial', 'upper-trapezius'] },
  cheek: { within: 3, muscles: ['sternocleidomastoid-sternal', 'masseter-superficial', 'lateral-pterygoid'] },
  'upper-teeth': { within: 2, muscles: ['masseter-superficial', 'temporalis'] },
  'lower-teeth': { within: 2, muscles: ['digastric-anterior', 'masseter-superficial'] },
  chin: { within: 2, muscles: ['digastric-anterior', 'platysma'] },
  'back-of-the-neck': { within: 2, muscles: ['semispinalis-cervicis-multifidi', 'upper-trapezius'] },
  'side-of-the-neck': { within: 2, muscles: ['upper-trapezius', 'levator-scapulae'] },
  throat: { within: 2, muscles: ['sternocleidomastoid-sternal', 'medial-pterygoid'] },
  eyebrow: { within: 4, muscles: ['sternocleidomastoid-sternal', 'temporalis'] },
  'base-of-the-skull': { within: 2, muscles: ['suboccipitals', 'semispinalis-cervicis-multifidi'] },
  'side-of-the-head': { within: 2, muscles: ['temporalis', 'suboccipitals'] },
  'neck-shoulder-angle': { within: 2, muscles: ['levator-scapulae', 'splenius-cervicis'] },
  'inside-the-mouth': { within: 2, muscles: ['medial-pterygoid', 'digastric-anterior'] },
  'nose-and-sinus': { within: 2, muscles: ['lateral-pterygoid', 'sternocleidomastoid-sternal'] },
  'upper-back': { within: 5, muscles: ['scalene-anterior', 'levator-scapulae', 'semispinalis-cervicis-multifidi'] },
  'band-round-the-head': {
    within: 4,
    muscles: ['semispinalis-capitis', 'upper-trapezius', 'temporalis', 'suboccipitals'],
  },
};

describe('a patient names a region', () => {
  it('every named region has an expectation here', () => {
    expect(Object.keys(expectedLeads).sort()).toEqual(painRegions.map((r) => r.id).sort());
  });

  for (const region of painRegions) {
    const expected = expectedLeads[region.id];
    it(`${region.name}: ${expected?.muscles.join(', ')} lead`, () => {
      const ranked = musclesForRegion(region.id, 'left');
      expect(
        ranked.some((c) => getMuscle(c.muscleId)?.refersToHead),
        'at least one head muscle',
      ).toBe(true);
      const top = leads(region.id, 'left', expected!.within);
      for (const id of expected!.muscles) expect(top, `${id} in the first ${expected!.within}`).toContain(id);
    });
  }

  it('a one-sided region answers with muscles of that side (midline crossers and midline zones aside)', () => {
    for (const region of painRegions.filter((r) => r.paired)) {
      for (const side of sides) {
        const first = musclesForRegion(region.id, side)[0];
        expect(first?.side, `${region.id} ${side}`).toBe(side);
      }
    }
  });

  it('the right temple mirrors the left temple', () => {
    const left = musclesForRegion('temple', 'left').map((c) => `${c.muscleId}:${c.side}:${c.score.toFixed(6)}`);
    const right = musclesForRegion('temple', 'right').map(
      (c) => `${c.muscleId}:${otherSide(c.side)}:${c.score.toFixed(6)}`,
    );
    expect(right).toEqual(left);
  });
});

describe('each trigger point sits where the catalogue says it does', () => {
  it('upper trapezius: trigger point 1 midway along the shoulder ridge, trigger point 2 lower and more lateral', () => {
    const c7 = L('cervicale'),
      ac = L('acromion-left');
    const t1 = trp('upper-trapezius', 'trp1'),
      t2 = trp('upper-trapezius', 'trp2');
    const frac = (p: Vec3) => (p[0] - c7[0]) / (ac[0] - c7[0]);
    expect(frac(t1)).toBeGreaterThan(0.3);
    expect(frac(t1)).toBeLessThan(0.6);
    expect(t2[0]).toBeGreaterThan(t1[0]);
    expect(t2[1]).toBeLessThan(t1[1]);
  });

  it('sternal SCM: low near the sternum, high below the mastoid, mid in between', () => {
    const low = trp('sternocleidomastoid-sternal', 'low'),
      mid = trp('sternocleidomastoid-sternal', 'mid'),
      high = trp('sternocleidomastoid-sternal', 'high');
    expect(dist(low, L('jugular-notch'))).toBeLessThan(40);
    expect(dist(high, L('mastoidale-left'))).toBeLessThan(45);
    expect(high[1]).toBeLessThan(L('mastoidale-left')[1]);
    expect(mid[1]).toBeLessThan(high[1]);
    expect(mid[1]).toBeGreaterThan(low[1]);
  });

  it('clavicular SCM: mid-belly, lateral to the sternal division at the same height', () => {
    const cl = trp('sternocleidomastoid-clavicular', 'mid'),
      st = trp('sternocleidomastoid-sternal', 'mid');
    expect(cl[0]).toBeGreaterThan(st[0] + 5);
    expect(Math.abs(cl[1] - st[1])).toBeLessThan(15);
  });

  it('splenius capitis: just below and behind the mastoid', () => {
    const t = trp('splenius-capitis', 'upper'),
      m = L('mastoidale-left');
    expect(t[1]).toBeLessThan(m[1]);
    expect(t[2]).toBeLessThan(m[2]);
    expect(dist(t, m)).toBeLessThan(45);
  });

  it('splenius cervicis: upper at C2-C3 in the side of the back of the neck, lower at the base of the neck', () => {
    const up = trp('splenius-cervicis', 'upper'),
      low = trp('splenius-cervicis', 'lower');
    expect(up[1]).toBeLessThan(L('inion')[1] - 30);
    expect(up[1]).toBeGreaterThan(L('cervicale')[1] + 40);
    expect(up[0]).toBeGreaterThan(20);
    expect(dist(low, L('cervicale'))).toBeLessThan(35);
  });

  it('semispinalis capitis: upper just below the occipital ridge 2-3 cm out, mid 2-4 cm lower', () => {
    const up = trp('semispinalis-capitis', 'upper'),
      mid = trp('semispinalis-capitis', 'mid'),
      inion = L('inion');
    expect(up[0]).toBeGreaterThanOrEqual(20);
    expect(up[0]).toBeLessThanOrEqual(30);
    expect(inion[1] - up[1]).toBeGreaterThan(5);
    expect(inion[1] - up[1]).toBeLessThan(25);
    expect(inion[1] - mid[1]).toBeGreaterThanOrEqual(20);
    expect(inion[1] - mid[1]).toBeLessThanOrEqual(50);
  });

  it('semispinalis cervicis / multifidi: beside the spinous processes at mid-neck', () => {
    const t = trp('semispinalis-cervicis-multifidi', 'c4-c5');
    expect(t[0]).toBeLessThan(25);
    expect(t[1]).toBeLessThan(L('inion')[1] - 50);
    expect(t[1]).toBeGreaterThan(L('cervicale')[1]);
  });

  it.each(SUBOCCIPITALS)('%s: deep, just below the occiput, within 4-5 cm of the midline', (id) => {
    const t = trp(id, 'belly'),
      inion = L('inion');
    expect(t[0]).toBeGreaterThan(5);
    expect(t[0]).toBeLessThan(45);
    expect(t[1]).toBeLessThan(inion[1]);
    expect(t[1]).toBeGreaterThan(inion[1] - 70);
    expect(t[2]).toBeGreaterThan(inion[2] + 15);
  });

  it('levator scapulae: one at the angle of the neck, one just above the superior angle of the scapula', () => {
    const neck = trp('levator-scapulae', 'neck-angle'),
      scap = trp('levator-scapulae', 'scapular');
    expect(neck[1]).toBeLessThan(L('gonion-left')[1]);
    expect(neck[1]).toBeGreaterThan(L('cervicale')[1]);
    expect(neck[0]).toBeGreaterThan(30);
    expect(scap[1]).toBeLessThan(L('cervicale')[1]);
    expect(scap[0]).toBeGreaterThan(neck[0]);
  });

  it('temporalis: four trigger points 1-3 cm above the zygomatic arch, in order from front to back', () => {
    const ts = ['trp1', 'trp2', 'trp3', 'trp4'].map((id) => trp('temporalis', id));
    for (const t of ts) {
      expect(t[1]).toBeGreaterThan(L('zygion-left')[1] + 10);
      expect(t[1]).toBeLessThan(L('zygion-left')[1] + 35);
    }
    for (let i = 1; i < ts.length; i++) expect(ts[i]![2]).toBeLessThan(ts[i - 1]![2]);
    expect(Math.abs(ts[3]![2] - L('porion-left')[2])).toBeLessThan(15);
  });

  it('superficial masseter: upper, mid and lower from the arch down to the angle', () => {
    const [u, m, l] = ['upper', 'mid', 'lower'].map((id) => trp('masseter-superficial', id)) as [Vec3, Vec3, Vec3];
    expect(u[1]).toBeGreaterThan(m[1]);
    expect(m[1]).toBeGreaterThan(l[1]);
    expect(u[1]).toBeLessThan(L('zygion-left')[1]);
    expect(dist(l, L('gonion-left'))).toBeLessThan(25);
  });

  it('deep masseter: just in front of the jaw joint', () => {
    const t = trp('masseter-deep', 'upper-posterior'),
      c = L('condylion-left');
    expect(t[2]).toBeGreaterThan(c[2]);
    expect(dist(t, c)).toBeLessThan(20);
  });

  it('lateral pterygoid: both heads deep and in front of the condyle', () => {
    for (const id of ['upper-head', 'lower-head']) {
      const t = trp('lateral-pterygoid', id),
        c = L('condylion-left');
      expect(t[0]).toBeLessThan(c[0] - 10);
      expect(t[2]).toBeGreaterThan(c[2]);
      expect(dist(t, c)).toBeLessThan(35);
    }
  });

  it('medial pterygoid: on the inner side of the angle of the mandible', () => {
    const t = trp('medial-pterygoid', 'angle'),
      g = L('gonion-left');
    expect(t[0]).toBeLessThan(g[0]);
    expect(dist(t, g)).toBeLessThan(25);
  });

  it('posterior digastric: between the mastoid and the angle of the mandible', () => {
    const t = trp('digastric-posterior', 'belly');
    expect(t[1]).toBeLessThan(L('mastoidale-left')[1]);
    expect(t[1]).toBeGreaterThan(L('gonion-left')[1]);
    expect(t[2]).toBeLessThan(L('gonion-left')[2]);
  });

  it('anterior digastric: under the chin, beside the midline', () => {
    const t = trp('digastric-anterior', 'belly');
    expect(t[0]).toBeGreaterThan(3);
    expect(t[0]).toBeLessThan(20);
    expect(t[1]).toBeLessThan(L('menton')[1]);
    expect(dist(t, L('menton'))).toBeLessThan(35);
  });

  it('frontalis: just above the medial eyebrow', () => {
    const t = trp('frontalis', 'medial'),
      s = L('supraorbitale-left');
    expect(t[1] - s[1]).toBeGreaterThan(5);
    expect(t[1] - s[1]).toBeLessThan(25);
    expect(t[0]).toBeLessThan(s[0]);
  });

  it('occipitalis: above the superior nuchal line, about 4 cm from the midline', () => {
    const t = trp('occipitalis', 'belly');
    expect(t[1]).toBeGreaterThan(L('inion')[1]);
    expect(t[0]).toBeGreaterThan(30);
    expect(t[0]).toBeLessThan(50);
  });

  it('orbicularis oculi: upper-lid fibres just below the brow', () => {
    const t = trp('orbicularis-oculi', 'upper-lid'),
      s = L('supraorbitale-left');
    expect(t[1]).toBeLessThan(s[1]);
    expect(dist(t, s)).toBeLessThan(12);
  });

  it('zygomaticus major: in the cheek between the cheekbone and the corner of the mouth', () => {
    const t = trp('zygomaticus-major', 'belly');
    expect(t[1]).toBeLessThan(L('orbitale-left')[1]);
    expect(t[1]).toBeGreaterThan(L('prosthion')[1]);
    expect(t[0]).toBeGreaterThan(20);
    expect(t[0]).toBeLessThan(L('zygion-left')[0]);
  });

  it('platysma: over the lower sternocleidomastoid, about 2 cm above the clavicle', () => {
    const t = trp('platysma', 'over-scm');
    expect(t[1] - L('jugular-notch')[1]).toBeGreaterThan(10);
    expect(t[1] - L('jugular-notch')[1]).toBeLessThan(40);
    expect(t[0]).toBeGreaterThan(15);
  });

  it('buccinator: mid-cheek, between the upper teeth and the cheekbone in height', () => {
    const t = trp('buccinator', 'mid-cheek');
    expect(t[1]).toBeLessThan(L('zygion-left')[1]);
    expect(t[1]).toBeGreaterThan(L('infradentale')[1]);
    expect(t[0]).toBeGreaterThan(25);
  });

  it('scalenes: low in the side of the neck, anterior in front of middle in front of posterior', () => {
    const [a, m, p] = SCALENES.map((id) => trp(id, 'belly')) as [Vec3, Vec3, Vec3];
    for (const t of [a, m, p]) {
      expect(t[1]).toBeLessThan(L('gonion-left')[1]);
      expect(t[1]).toBeGreaterThan(L('jugular-notch')[1]);
      expect(t[0]).toBeGreaterThan(25);
    }
    expect(a[2]).toBeGreaterThan(m[2]);
    expect(m[2]).toBeGreaterThan(p[2]);
  });

  it('every muscle in the catalogue is covered by a placement test above', () => {
    const covered = [
      'upper-trapezius',
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'splenius-capitis',
      'splenius-cervicis',
      'semispinalis-capitis',
      'semispinalis-cervicis-multifidi',
      ...SUBOCCIPITALS,
      'levator-scapulae',
      'temporalis',
      'masseter-superficial',
      'masseter-deep',
      'lateral-pterygoid',
      'medial-pterygoid',
      'digastric-posterior',
      'digastric-anterior',
      'frontalis',
      'occipitalis',
      'orbicularis-oculi',
      'zygomaticus-major',
      'platysma',
      'buccinator',
      ...SCALENES,
    ];
    for (const id of covered) expect(getMuscle(id), id).toBeDefined();
    expect(covered).toHaveLength(28);
  });
});
