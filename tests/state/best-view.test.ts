import { describe, expect, it } from 'vitest';
import { muscles } from '../../src/mapping';
import { bestViewFor } from '../../src/state';

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
});
