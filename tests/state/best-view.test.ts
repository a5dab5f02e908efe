import { describe, expect, it } from 'vitest';
import { getPainRegion, muscles, regionCentre, resolveAnchor, sides, type MuscleId } from '../../src/mapping';
import { stretchFor } from '../../src/movement';
import { bestViewFor, patternViewsFor, stretchViewFor, viewsFacing } from '../../src/state';

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

describe('the view to watch a stretch from', () => {
  const view = (id: MuscleId, side: 'left' | 'right') => stretchViewFor(id, side);

  it('looks from the side at a nod or an opening jaw, from behind or the front otherwise', () => {
    expect(view('masseter-superficial', 'left')).toBe('left');
    expect(view('semispinalis-capitis', 'right')).toBe('right');
    expect(view('rectus-capitis-posterior-minor', 'left')).toBe('left');
    expect(view('levator-scapulae', 'left')).toBe('back');
    // Its trigger points face the side first, then the back: from the front its side-bend would hide it.
    expect(view('upper-trapezius', 'left')).toBe('back');
    expect(view('sternocleidomastoid-sternal', 'right')).toBe('three-quarter-right');
    expect(view('scalene-anterior', 'left')).toBe('three-quarter-left');
  });

  it('mirrors left and right for every stretch', () => {
    const mirror = { left: 'right', back: 'back', 'three-quarter-left': 'three-quarter-right' } as const;
    for (const m of muscles.filter((x) => stretchFor(x.id)))
      expect(view(m.id, 'right'), m.id).toBe(mirror[view(m.id, 'left') as keyof typeof mirror]);
  });

  it('faces the trigger points of a muscle without a stretch', () => {
    for (const m of muscles.filter((x) => !stretchFor(x.id)))
      expect(view(m.id, 'left')).toBe(viewsFacing(m.triggerPoints.map((t) => resolveAnchor(t.at, 'left')))[0]);
  });
});
