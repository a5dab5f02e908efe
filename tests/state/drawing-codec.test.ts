import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mmToM } from '../../src/mapping';
import { BRUSH_MAX_MM, BRUSH_MIN_MM, decodeState, encodeState, initialState, MAX_DABS } from '../../src/state';
import type { PainStroke } from '../../src/state';
import '../support/fast-check-runs';
import { legacyDrawing } from '../support/legacy-drawing';

const wholeMm = fc.integer({ min: -1000, max: 1000 });
/** Mostly brush-sized steps, now and then a jump across the head (a fast swipe, a pen lifted). */
const step = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -14, max: 14 }) },
  { weight: 1, arbitrary: fc.integer({ min: -400, max: 400 }) },
);
const strokeOf = (start: fc.Arbitrary<number>, step: fc.Arbitrary<number>, minSteps: number) =>
  fc
    .record({
      erase: fc.boolean(),
      radius: fc.integer({ min: BRUSH_MIN_MM, max: BRUSH_MAX_MM }),
      start: fc.tuple(start, start, start),
      steps: fc.array(fc.tuple(step, step, step), { minLength: minSteps, maxLength: 40 }),
    })
    .map(({ erase, radius, start, steps }): PainStroke => {
      const at = [...start];
      const points = [start.map(mmToM)];
      for (const s of steps) {
        for (let i = 0; i < 3; i++) at[i] = Math.max(-1000, Math.min(1000, at[i]! + s[i]!));
        points.push(at.map(mmToM));
      }
      return { erase, dabs: points.map((p) => ({ at: [p[0]!, p[1]!, p[2]!], radiusMm: radius })) };
    });
const drawing = fc.array(strokeOf(wholeMm, step, 0), { minLength: 1, maxLength: 6 });
/**
 * What the brush lays on a head: a dab once the pointer has moved 0.35 radius (a little more on a
 * fast drag), at whole millimetres some 2 to 15 cm from the head's centre along each axis.
 */
const brushed = fc.array(
  fc
    .record({
      erase: fc.boolean(),
      radius: fc.integer({ min: BRUSH_MIN_MM, max: BRUSH_MAX_MM }),
      start: fc.tuple(...[0, 1, 2].map(() => fc.integer({ min: 20, max: 150 }).chain((v) => fc.constantFrom(v, -v)))),
      steps: fc.array(fc.tuple(fc.integer(), fc.integer(), fc.integer()), { minLength: 3, maxLength: 40 }),
    })
    .map(({ erase, radius, start, steps }): PainStroke => {
      const reach = Math.ceil(0.35 * radius) + 2;
      const at = [...start];
      const points = [[...at]];
      for (const s of steps) {
        for (let i = 0; i < 3; i++) at[i] = at[i]! + (Math.abs(s[i]!) % (2 * reach + 1)) - reach;
        points.push([...at]);
      }
      return { erase, dabs: points.map((p) => ({ at: [mmToM(p[0]!), mmToM(p[1]!), mmToM(p[2]!)], radiusMm: radius })) };
    }),
  { minLength: 1, maxLength: 6 },
);

const withDrawing = (strokes: readonly PainStroke[]) => ({ ...initialState, mode: 'draw' as const, strokes });

describe('pain drawing in a link', () => {
  it('reads back exactly what was drawn, silently', () => {
    fc.assert(
      fc.property(drawing, (strokes) => {
        const { state, notices } = decodeState(encodeState(withDrawing(strokes)));
        expect(notices).toEqual([]);
        expect(state.strokes).toEqual(strokes);
      }),
    );
  });

  it('still opens links in the first format, to the same drawing', () => {
    fc.assert(
      fc.property(drawing, (strokes) => {
        const { state, notices } = decodeState(`?mode=draw&d=${legacyDrawing(strokes)}`);
        expect(notices).toEqual([]);
        expect(state.strokes).toEqual(strokes);
      }),
    );
  });

  it('is at most half as long as the first format for painted strokes, two thirds for taps', () => {
    fc.assert(
      fc.property(brushed, (strokes) => {
        // Dabs lie on the skin, which is nowhere within 4 cm of the head's centre; a walk that
        // wandered there (e.g. a stroke through the origin, 20 characters against 35) is no drawing.
        fc.pre(strokes.every((s) => s.dabs.every((d) => Math.hypot(...d.at) >= 0.04)));
        const now = new URLSearchParams(encodeState(withDrawing(strokes))).get('d')!;
        // A few dabs (a tap, a flick) carry the fixed cost of their stroke: shorter, not always half.
        const painted = strokes.every((s) => s.dabs.length >= 8);
        expect(now.length).toBeLessThanOrEqual(legacyDrawing(strokes).length / (painted ? 2 : 1.5));
      }),
    );
  });

  it('travels unescaped in a query string', () => {
    fc.assert(
      fc.property(drawing, (strokes) => {
        const link = encodeState(withDrawing(strokes));
        expect(link).toMatch(/^\?mode=draw&d=\.[\w\-.*]+$/);
      }),
    );
  });

  it('drops a stroke cut short or out of range, with a notice, and keeps the rest', () => {
    const good = encodeState(withDrawing([{ erase: false, dabs: [{ at: [0.05, 0.02, 0.03], radiusMm: 12 }] }]));
    const d = new URLSearchParams(good).get('d')!;
    for (const broken of [
      `${d}.MgAg`,
      `${d}.MgAgAgAW`,
      `${d}.MgAgAgA1ff`,
      `${d}.MgAgAgA1ff_A`,
      `${d}.MgAgAgA-_`,
      `${d}.~gAgAgA`,
      `${d}.*`,
      `${d}.ZzzzzzZ`,
    ]) {
      const { state, notices } = decodeState(`?d=${broken}`);
      expect(state.strokes).toHaveLength(1);
      expect(notices.map((n) => n.key)).toEqual(['messages:link.drawing']);
    }
  });

  it('reads a word that is in neither format as no drawing, with a notice', () => {
    // Each of these would be a well-formed stroke of the compact format but for the missing mark.
    for (const word of ['garbage', 'MhKgUgebEX', 'hello']) {
      const { state, notices } = decodeState(`?d=${word}`);
      expect(state.strokes ?? []).toEqual([]);
      expect(notices.map((n) => n.key)).toEqual(['messages:link.drawing']);
    }
  });

  it('keeps at most MAX_DABS dabs however long the link', () => {
    const long = new URLSearchParams(
      encodeState(
        withDrawing([{ erase: false, dabs: Array.from({ length: 700 }, () => ({ at: [0, 0, 0], radiusMm: 8 })) }]),
      ),
    ).get('d')!;
    expect(decodeState(`?d=${long}`).state.strokes!.flatMap((s) => s.dabs)).toHaveLength(MAX_DABS);
  });
});
