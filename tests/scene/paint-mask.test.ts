import { BufferAttribute, Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { mmToM } from '../../src/mapping';
import { appliedPrefix, applyDab, nearestSurfacePoint } from '../../src/scene/paint-mask';
import type { Surface } from '../../src/scene/prepare-model';
import type { PainStroke } from '../../src/state';

function line(n: number): Surface {
  const positions = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) positions[i * 3] = mmToM(i); // one vertex per millimetre along x
  return {
    mesh: new Mesh(),
    positions,
    zone: new BufferAttribute(new Float32Array(n * 2), 2),
    paint: new BufferAttribute(new Float32Array(n), 1),
  };
}

describe('pain drawing mask', () => {
  it('paints a soft dab and erases inside it', () => {
    const s = line(50);
    applyDab(s, { at: [0.02, 0, 0], radiusMm: 10 }, false);
    const paint = s.paint.array as Float32Array;
    expect(paint[20]).toBe(1);
    expect(paint[26]).toBe(1);
    expect(paint[28]).toBeGreaterThan(0);
    expect(paint[28]).toBeLessThan(1);
    expect(paint[31]).toBe(0);
    applyDab(s, { at: [0.02, 0, 0], radiusMm: 4 }, true);
    expect(paint[20]).toBe(0);
    expect(paint[26]).toBe(1);
  });

  it('applies only new dabs while a stroke grows, and starts over after undo', () => {
    const d = (x: number) => ({ at: [x, 0, 0] as const, radiusMm: 5 });
    const s1: PainStroke = { erase: false, dabs: [d(0), d(1)] };
    const s1more: PainStroke = { erase: false, dabs: [...s1.dabs, d(2)] };
    const s2: PainStroke = { erase: true, dabs: [d(3)] };
    expect(appliedPrefix([], [s1])).toBe(0);
    expect(appliedPrefix([s1], [s1more])).toBe(2);
    expect(appliedPrefix([s1more], [s1more, s2])).toBe(3);
    expect(appliedPrefix([s1more, s2], [s1more])).toBe(-1);
    expect(appliedPrefix([s1], [{ erase: false, dabs: [d(9)] }])).toBe(-1);
  });

  it('snaps a point onto the nearest surface vertex', () => {
    const s = line(10);
    const p = nearestSurfacePoint([s], [0.0041, 0.02, 0]);
    expect(p[0]).toBeCloseTo(0.004);
    expect(p[1]).toBe(0);
  });
});
