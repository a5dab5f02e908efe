import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEAD_CENTRE, NECK_AXIS, radialDirection, surfaceFramePoint, type Vec3 } from '../../src/mapping';
import { anyPoint, uniform } from '../../scripts/lib/head-points';

const close = (a: Vec3, b: Vec3, eps = 1e-9) => a.every((v, i) => Math.abs(v - b[i]!) < eps);

describe('surface frame', () => {
  it('gives the same frame point along the radial direction (skull, skin and between)', () => {
    fc.assert(
      fc.property(anyPoint, uniform(0, 0.012), (p, depth) => {
        const n = radialDirection(p);
        const q: Vec3 = [p[0] + n[0] * depth, p[1] + n[1] * depth, p[2] + n[2] * depth];
        // The shoulders keep lateral distance on purpose: only points inside the neck's width
        // at both ends of the step must agree.
        fc.pre(Math.abs(p[0]) <= 0.08 && Math.abs(q[0]) <= 0.08);
        expect(close(surfaceFramePoint(p), surfaceFramePoint(q), 1e-7)).toBe(true);
      }),
    );
  });

  it('is continuous: nearby points stay nearby', () => {
    fc.assert(
      fc.property(anyPoint, (p) => {
        const q: Vec3 = [p[0] + 1e-5, p[1] - 1e-5, p[2] + 1e-5];
        fc.pre(Math.hypot(p[0] - HEAD_CENTRE[0], p[2] - HEAD_CENTRE[2]) >= 0.01); // not the axis itself
        const a = surfaceFramePoint(p);
        const b = surfaceFramePoint(q);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(0.003);
      }),
    );
  });

  it('mirrors exactly across the midline', () => {
    fc.assert(
      fc.property(anyPoint, (p) => {
        const a = surfaceFramePoint(p);
        const b = surfaceFramePoint([-p[0], p[1], p[2]]);
        expect(close([-a[0], a[1], a[2]], b, 1e-12)).toBe(true);
      }),
    );
  });

  it('runs the neck axis downward and slightly backward', () => {
    expect(NECK_AXIS[1]).toBeLessThan(-0.95);
    expect(NECK_AXIS[2]).toBeLessThan(0);
  });
});
