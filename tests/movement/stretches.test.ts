// Reads the catalogues' words: i18next in English with every language loaded.
import '../support/i18n';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { EXAMINATIONS, examinationFor } from '../../src/clinic/examination';
import { STRETCH_HOLD, STRETCH_STOP, STRETCHING_SOURCES } from '../../src/clinic/stretching';
import { stretchingText } from '../../src/i18n/content';
import { isSourceId, muscles, sides, type MuscleId, type Side } from '../../src/mapping';
import {
  boneTransforms,
  compose,
  isWithinRange,
  jawMotion,
  lengthPercent,
  lengthsInPose,
  neckMotion,
  stretches,
  stretchesNotShown,
  stretchFor,
  stretchPose,
  type Stretch,
} from '../../src/movement';

/** Lengthening the stretch must reach, per cent of rest, and the most any other muscle may reach. */
const AT_LEAST = 108;
const NO_OTHER_PAST = 130;

const percent = (id: MuscleId, side: Side, stretch: Stretch) =>
  lengthPercent(id, side, boneTransforms(stretchPose(stretch, side)));

describe('each stretch lengthens its muscle and overstretches no other', () => {
  const rows = stretches.flatMap((s) =>
    [...s.muscles, ...(s.alsoLengthens ?? [])].map((m) => ({
      stretch: s.id,
      muscle: m,
      left: +percent(m, 'left', s).toFixed(1),
      right: +percent(m, 'right', s).toFixed(1),
    })),
  );

  it('prints every stretch’s lengthening', () => {
    console.table(rows);
    expect(rows.length).toBeGreaterThan(15);
  });

  it.each(stretches.map((s) => [s.id, s] as const))('%s lengthens its muscles by 8 % or more, each side', (_id, s) => {
    expect(isWithinRange(s.pose)).toBe(true);
    for (const side of sides)
      for (const m of s.muscles) expect(percent(m, side, s), `${m} ${side}`).toBeGreaterThanOrEqual(AT_LEAST);
    // Members of the entry lengthened less still lengthen, by less than the mark (else they belong above).
    for (const side of sides) {
      for (const m of s.alsoLengthens ?? []) {
        expect(percent(m, side, s), `${m} ${side}`).toBeGreaterThan(101);
        expect(percent(m, side, s), `${m} ${side}`).toBeLessThan(AT_LEAST);
      }
    }
  });

  it.each(stretches.map((s) => [s.id, s] as const))('%s drives no other muscle past 130 % of rest', (_id, s) => {
    for (const side of sides) {
      const own = new Set<MuscleId>([...s.muscles, ...(s.alsoLengthens ?? [])]);
      const over = lengthsInPose(stretchPose(s, side)).filter((l) => !own.has(l.id) && l.percent > NO_OTHER_PAST);
      expect(over.map((l) => `${l.id} ${l.side} ${l.percent.toFixed(1)}`)).toEqual([]);
    }
  });
});

describe('stretches and the clinic’s words', () => {
  it('gives every examination entry a stretch or a reason it is not shown, never both', () => {
    const shown = stretches.map((s) => s.id);
    const notShown = stretchesNotShown.map((s) => s.id);
    expect([...shown, ...notShown].sort()).toEqual([...EXAMINATIONS.keys()].sort());
    for (const m of muscles) {
      const entry = examinationFor(m.id)!.id;
      const stretch = stretchFor(m.id);
      if (stretch) expect(stretch.id).toBe(entry);
      else expect(stretchesNotShown.find((s) => s.muscles.includes(m.id))?.id).toBe(entry);
    }
  });

  it('cites known sources', () => {
    for (const s of stretches) for (const id of s.sources) expect(isSourceId(id), `${s.id} ${id}`).toBe(true);
    for (const id of STRETCHING_SOURCES) expect(isSourceId(id)).toBe(true);
  });

  it('says how long to hold a stretch and when to stop, for both readers and in Spanish', () => {
    expect(STRETCH_HOLD.patient).toMatch(/30 seconds.*2 to 4 times/);
    expect(STRETCH_STOP.patient).toMatch(/sharp pain.*pins and needles.*dizziness/);
    expect(STRETCH_STOP.clinician).toMatch(/sharp pain.*paraesthesia.*dizziness/);
    const es = stretchingText(i18next.getFixedT('es'), 'patient');
    const en = stretchingText(i18next.getFixedT('en'), 'patient');
    expect(en).toEqual({ hold: STRETCH_HOLD.patient, stop: STRETCH_STOP.patient });
    expect(es.hold).not.toBe(en.hold);
    expect(es.hold).toMatch(/30 segundos/);
    expect(es.stop).toMatch(/mareo/);
  });
});

describe('the stretches the joints cannot show, and why', () => {
  it('the lateral pterygoid: its entry’s protrusion and side shift away shorten it', () => {
    const words = jawMotion({ glide: 0.5, lateralShift: -0.5 });
    expect(lengthPercent('lateral-pterygoid', 'left', boneTransforms(words))).toBeLessThan(95);
  });

  it('the prevertebral muscles: even full extension lengthens the longus colli by under 8 %', () => {
    expect(lengthPercent('longus-colli', 'left', boneTransforms(neckMotion('flexion', -1)))).toBeLessThan(AT_LEAST);
    expect(lengthPercent('longus-capitis', 'left', boneTransforms(neckMotion('flexion', -0.5)))).toBeLessThan(AT_LEAST);
  });

  it('the posterior digastric: no extension, turned either way, lengthens it by more than a few per cent', () => {
    for (const e of [0.3, 0.6, 1]) {
      for (const turn of [-1, -0.5, 0, 0.5, 1]) {
        const pose = boneTransforms(compose(neckMotion('flexion', -e), neckMotion('rotation', turn)));
        expect(lengthPercent('digastric-posterior', 'left', pose)).toBeLessThan(104);
      }
    }
  });

  it('the face and the eye: no neck pose moves them', () => {
    for (const pose of [neckMotion('flexion', 1), neckMotion('rotation', 1), neckMotion('sideBend', -1)]) {
      const t = boneTransforms(pose);
      for (const m of [
        'frontalis',
        'occipitalis',
        'orbicularis-oculi',
        'zygomaticus-major',
        'buccinator',
        'superior-oblique',
      ] as const) {
        expect(lengthPercent(m, 'left', t)).toBeCloseTo(100, 6);
      }
    }
  });
});
