import { describe, expect, it } from 'vitest';
import { strokeWeight } from '../../src/mapping/zones';
import { definedStrokeWeight } from './zone-oracle';

/** A stroke's weight falls from its core to its edge; the drawn border is where it is one half. */
describe('the fall of a stroke from core to edge', () => {
  const r = 12;
  const ds = Array.from({ length: 301 }, (_, i) => (i / 200) * r);

  it('is 1 on the path, 0.5 at the drawn border and 0 from 1.25 x radius on', () => {
    expect(strokeWeight(0, r)).toBe(1);
    expect(strokeWeight(r, r)).toBeCloseTo(0.5, 12);
    expect(strokeWeight(1.25 * r, r)).toBe(0);
    expect(strokeWeight(2 * r, r)).toBe(0);
  });

  it('falls all the way from the core: never flat inside the zone, never rising', () => {
    for (let i = 1; i < ds.length; i++) {
      const a = strokeWeight(ds[i - 1]!, r),
        b = strokeWeight(ds[i]!, r);
      if (ds[i]! < 1.25 * r) expect(b, `at ${ds[i]}`).toBeLessThan(a);
    }
    expect(strokeWeight(0.5 * r, r)).toBeCloseTo(0.875, 12);
    expect(strokeWeight(0.75 * r, r)).toBeLessThan(0.75);
  });

  it('has no kink: the slope just inside and just outside the border agree', () => {
    const h = 1e-6 * r;
    const inside = (strokeWeight(r, r) - strokeWeight(r - h, r)) / h;
    const outside = (strokeWeight(r + h, r) - strokeWeight(r, r)) / h;
    expect(outside).toBeCloseTo(inside, 4);
    const nearEdge = (strokeWeight(1.25 * r, r) - strokeWeight(1.25 * r - h, r)) / h;
    expect(nearEdge).toBeCloseTo(0, 4);
  });

  it('matches the curve as the zone oracle writes it', () => {
    for (const d of ds) expect(strokeWeight(d, r)).toBeCloseTo(definedStrokeWeight(d, r), 12);
  });
});
