import { describe, expect, it } from 'vitest';
import { getPainRegion, muscles, regionCentre, sides } from '../../src/mapping';
import { bestViewFor, patternViewsFor, viewsFacing } from '../../src/state';

describe('best view for a pattern', () => {
  it('turns to the side of a one-sided pattern', () => {
    expect(bestViewFor('temporalis', 'left')).toBe('left');
    expect(bestViewFor('temporalis', 'right')).toBe('right');
  });

  it('mirrors left and right for every muscle', () => {
    const mirror = {
      left: 'right',
      right: 'left',
      front: 'front',
      back: 'back',
      top: 'top',
      'three-quarter-left': 'three-quarter-right',
      'three-quarter-right': 'three-quarter-left',
    } as const;
    for (const m of muscles) expect(bestViewFor(m.id, 'right')).toBe(mirror[bestViewFor(m.id, 'left')]);
  });

  it('falls back to the front for an unknown muscle', () => {
    expect(bestViewFor('no-such-muscle', 'left')).toBe('front');
  });

  it('ranks every preset, the one facing the points first', () => {
    const temple = regionCentre(getPainRegion('temple')!, 'left');
    const ranked = viewsFacing([temple]);
    expect(ranked[0]).toBe('left');
    expect(ranked.at(-1)).toBe('right');
    expect([...ranked].sort()).toEqual(['back', 'front', 'left', 'right', 'top']);
    expect(viewsFacing([])[0]).toBe('front');
  });

  it('pictures a pattern from two different views, the zone first', () => {
    for (const m of muscles)
      for (const side of sides) {
        const [first, second] = patternViewsFor(m.id, side);
        expect(first).toBe(bestViewFor(m.id, side));
        expect(second).not.toBe(first);
      }
    // Its zone is on the side of the head; the muscle is seen from the back.
    expect(patternViewsFor('upper-trapezius', 'left')).toEqual(['left', 'back']);
  });
});
