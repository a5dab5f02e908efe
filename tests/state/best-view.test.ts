import { describe, expect, it } from 'vitest';
import { getPainRegion, HEAD_CENTRE, muscles, regionCentre, resolveAnchor, sides } from '../../src/mapping';
import { add, dot, sub } from '../../src/mapping/vec';
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
  const mirror = { left: 'right', right: 'left', front: 'front', back: 'back' } as const;
  const stretched = muscles.filter((m) => stretchFor(m.id));

  it('shows the side-bend of the upper trapezius stretch from behind, where the muscle is', () => {
    // From its own side the head would tip away from the camera, barely moving on screen.
    expect(stretchViewFor('upper-trapezius', 'left')).toBe('back');
  });

  it('shows a jaw muscle from its side and the front of the neck from the front', () => {
    expect(stretchViewFor('masseter-superficial', 'left')).toBe('left');
    expect(stretchViewFor('medial-pterygoid', 'right')).toBe('right');
    expect(stretchViewFor('sternocleidomastoid-sternal', 'left')).toBe('front');
    expect(stretchViewFor('semispinalis-capitis', 'right')).toBe('back');
  });

  it('never turns away from the muscle, and mirrors left and right', () => {
    const toward = { front: [0, 0, 1], back: [0, 0, -1], left: [1, 0, 0], right: [-1, 0, 0] } as const;
    for (const m of stretched)
      for (const side of sides) {
        const view = stretchViewFor(m.id, side) as keyof typeof toward;
        const trps = m.triggerPoints.map((t) => sub(resolveAnchor(t.at, side), HEAD_CENTRE));
        expect(dot(trps.reduce(add), toward[view]), `${m.id} ${side}: ${view}`).toBeGreaterThan(0);
        if (side === 'right') expect(view).toBe(mirror[stretchViewFor(m.id, 'left') as keyof typeof mirror]);
      }
  });

  it('faces the trigger points of a muscle without a stretch', () => {
    for (const m of muscles.filter((x) => !stretchFor(x.id)))
      expect(stretchViewFor(m.id, 'left')).toBe(
        viewsFacing(m.triggerPoints.map((t) => resolveAnchor(t.at, 'left')))[0],
      );
  });
});
