import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMuscle, getPainRegion, sides } from '../../src/mapping';
import { skinLayers, viewNames } from '../../src/display';
import { BRUSH_MAX_MM, BRUSH_MIN_MM, decodeState, encodeState, initialState, MAX_DABS, modes } from '../../src/state';
import { hostileSearch, LINK_KEYS } from '../support/hostile-links';

const inRange = (p: readonly number[]): boolean =>
  p.length === 3 && p.every((x) => Number.isFinite(x) && Math.abs(x) <= 1);

/** What a decoded link may put on screen: known ids, known words, points within a metre of the head. */
function expectInRange(state: ReturnType<typeof decodeState>['state']): void {
  if (state.selected) {
    expect(getMuscle(state.selected.muscleId)).toBeDefined();
    expect(sides).toContain(state.selected.side);
  }
  if (state.mode !== undefined) expect(modes).toContain(state.mode);
  if (state.painPoint) expect(inRange(state.painPoint)).toBe(true);
  if (state.region) {
    expect(getPainRegion(state.region.regionId)).toBeDefined();
    expect(sides).toContain(state.region.side);
  }
  if (state.strokes) {
    const dabs = state.strokes.flatMap((s) => s.dabs);
    expect(dabs.length).toBeLessThanOrEqual(MAX_DABS);
    for (const s of state.strokes) expect(s.dabs.length).toBeGreaterThan(0);
    for (const d of dabs) {
      expect(inRange(d.at)).toBe(true);
      expect(d.radiusMm).toBeGreaterThanOrEqual(BRUSH_MIN_MM);
      expect(d.radiusMm).toBeLessThanOrEqual(BRUSH_MAX_MM);
    }
  }
  if (state.layers) {
    expect(skinLayers).toContain(state.layers.skin);
    for (const [k, v] of Object.entries(state.layers)) if (k !== 'skin') expect(typeof v).toBe('boolean');
  }
  if (state.view !== undefined) expect(viewNames).toContain(state.view);
}

describe('a thousand hostile links', () => {
  it('decode without throwing, to state within range, with a few short plain-text notices', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { state, notices } = decodeState(search);
        expectInRange(state);
        // One notice per parameter at most (plus "too long"), whatever the link repeats.
        expect(notices.length).toBeLessThanOrEqual(LINK_KEYS.length + 1);
        // A notice is a catalogue key; what it quotes from the link is short and inert.
        for (const n of notices) {
          expect(n.key).toMatch(/^[a-z]+:[a-zA-Z.]+$/);
          for (const v of Object.values(n.params ?? {})) {
            if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
            else expect(v).toMatch(/^[\w\- ?]{0,40}(\.\.\.)?$/);
          }
        }
        // What was kept is a screen the viewer itself could have written: it reads back the same, silently.
        const again = encodeState({ ...initialState, ...state });
        const reread = decodeState(again);
        expect(reread.notices).toEqual([]);
        expect(encodeState({ ...initialState, ...reread.state })).toBe(again);
      }),
      { numRuns: 1000, seed: 20261127 },
    );
  });
});
