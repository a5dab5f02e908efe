import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { muscles, sides } from '../../src/mapping';
import { decodeState, defaultLayers, encodeState, initialState, type SharedState } from '../../src/state';

const base: SharedState = {
  selected: initialState.selected,
  mode: initialState.mode,
  painPoint: initialState.painPoint,
  region: initialState.region,
  strokes: initialState.strokes,
  layers: initialState.layers,
  view: initialState.view,
};

describe('URL codec', () => {
  it('leaves the start screen out of the link', () => {
    expect(encodeState(base)).toBe('');
    expect(decodeState('')).toEqual({ state: {}, notices: [] });
  });

  it('round-trips a full screen', () => {
    const s: SharedState = {
      selected: { muscleId: 'upper-trapezius', side: 'left' },
      mode: 'draw',
      painPoint: [0.057, 0.03, 0.035],
      region: { regionId: 'temple', side: 'right' },
      strokes: [
        {
          erase: false,
          dabs: [
            { at: [0.05, 0.03, 0.02], radiusMm: 12 },
            { at: [0.051, 0.031, 0.02], radiusMm: 12 },
          ],
        },
        { erase: true, dabs: [{ at: [-0.05, -0.01, 0.002], radiusMm: 6 }] },
      ],
      layers: { ...defaultLayers, skin: 'hidden', superficial: false, bones: false, isolate: true, otherSide: false },
      view: 'back',
    };
    const { state, notices } = decodeState(encodeState(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
  });

  it('round-trips every muscle on both sides', () => {
    for (const m of muscles)
      for (const side of sides) {
        const s = { ...base, selected: { muscleId: m.id, side } };
        expect(decodeState(encodeState(s)).state.selected).toEqual(s.selected);
      }
  });

  it('ignores unknown and malformed values with a notice each', () => {
    const { state, notices } = decodeState(
      '?m=not-a-muscle&s=left&mode=fly&p=1,2&r=moon&skin=purple&off=spleen&iso=maybe&v=under&d=zz',
    );
    expect(state.selected).toBeUndefined();
    expect(state.mode).toBeUndefined();
    expect(state.painPoint).toBeUndefined();
    expect(state.region).toBeUndefined();
    expect(state.view).toBeUndefined();
    expect(state.layers).toEqual(defaultLayers);
    expect(notices.length).toBeGreaterThanOrEqual(9);
  });

  it('needs a side for a muscle', () => {
    const { state, notices } = decodeState('?m=temporalis&s=middle');
    expect(state.selected).toBeUndefined();
    expect(notices).toHaveLength(1);
  });

  it('rejects absurd coordinates and brush sizes', () => {
    expect(decodeState('?p=99999,0,0').state.painPoint).toBeUndefined();
    expect(decodeState('?p=NaN,0,0').state.painPoint).toBeUndefined();
    expect(decodeState('?d=500:1.2.3').state.strokes).toEqual([]);
  });

  it('keeps notices short and free of markup from the link', () => {
    const { notices } = decodeState(`?v=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(20))}`);
    expect(notices[0]!.key).toBe('messages:link.unknownView');
    const value = String(notices[0]!.params?.value);
    expect(value).not.toContain('<');
    expect(value.length).toBeLessThan(40);
  });

  it('never throws on random strings, and what it returns encodes again', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { state } = decodeState(text);
        expect(() => encodeState({ ...base, ...state })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random parameter soup made of the real keys', () => {
    const key = fc.constantFrom('m', 's', 'mode', 'p', 'r', 'd', 'skin', 'off', 'iso', 'v', 'quiz', '%', '');
    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('left', 'temple-left', '12:1.2.3_4.5.6', 'upper-trapezius', '%E0%A4%A', ';;', '1'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const search = '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const { state, notices } = decodeState(search);
        expect(Array.isArray(notices)).toBe(true);
        expect(() => encodeState({ ...base, ...state })).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });

  it('survives a huge link', () => {
    const { notices } = decodeState('?d=' + '12:1.2.3_'.repeat(10000));
    expect(notices.some((n) => n.key === 'messages:link.tooLong')).toBe(true);
  });

  it('carries a quiz by its seed and nothing else, so the link cannot give the answer away', () => {
    const quiz: SharedState = {
      ...base,
      selected: { muscleId: 'temporalis', side: 'left' },
      mode: 'draw',
      view: 'left',
      quiz: 482913,
    };
    expect(encodeState(quiz)).toBe('?quiz=482913');
    expect(decodeState('?quiz=482913')).toEqual({ state: { quiz: 482913 }, notices: [] });
    expect(decodeState('?quiz=0').state.quiz).toBe(0);
    expect(decodeState('?quiz=4294967295').state.quiz).toBe(4294967295);
    expect(encodeState({ ...base, quiz: null })).toBe('');
  });

  it('ignores a malformed quiz seed with a notice', () => {
    for (const bad of ['', 'abc', '-1', '1e5', '4294967296', '12.5', '99999999999', '%3Cb%3E']) {
      const { state, notices } = decodeState(`?quiz=${bad}`);
      expect(state.quiz, bad).toBeUndefined();
      expect(
        notices.map((n) => n.key),
        bad,
      ).toEqual(['messages:link.quizSeed']);
    }
    expect(decodeState('?quiz=%3Cb%3E').notices[0]!.params!.value).toBe('?b?');
  });
});
