import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { Spatial } from '../../../scripts/lib/anatomy/mesh';
import { MusclePath } from '../../../scripts/lib/anatomy/path';
import { collapseRatio, sectionAt, strapSections } from '../../../scripts/lib/anatomy/sections';
import { bellyThickness } from '../../../scripts/lib/anatomy/thickness';
import { box, tube } from './shapes';

const alongZ = (length: number): MusclePath => new MusclePath([new Vector3(0, 0, 0), new Vector3(0, 0, length)]);
const polygonArea = (r: number, n: number): number => (n / 2) * r * r * Math.sin((2 * Math.PI) / n);

describe('belly thickness', () => {
  it('is the diameter of a tube', () => {
    const t = tube('t', () => 6, 60);
    expect(bellyThickness(t, new Spatial(t), alongZ(60))).toBeCloseTo(12, 1);
  });

  it('reads the middle third only: a spindle is measured at its belly, not its tendons', () => {
    // Radius 2 at the ends, 8 at the middle: the middle third spans radii of about 6.5 to 8.
    const spindle = tube('s', (t) => 2 + 6 * Math.sin(Math.PI * t), 90);
    const thick = bellyThickness(spindle, new Spatial(spindle), alongZ(90));
    expect(thick).toBeGreaterThan(15);
    expect(thick).toBeLessThanOrEqual(16.01);
  });
});

describe('sections', () => {
  it('cut a tube in its true polygon, as wide as thick', () => {
    const t = tube('t', () => 5, 40);
    const s = sectionAt(t, alongZ(40), 0.5)!;
    expect(s.area).toBeCloseTo(polygonArea(5, 64), 6);
    expect(s.width).toBeCloseTo(10, 1);
    expect(s.thickness).toBeCloseTo(10, 1);
    expect(s.aroundPath).toBe(true);
  });

  it('give a flat box its width over thickness', () => {
    const b = box('b', [-15, -3, 0], [15, 3, 50]);
    const s = sectionAt(b, alongZ(50), 0.5)!;
    expect(s.area).toBeCloseTo(180, 6);
    expect(s.width).toBeCloseTo(30, 6);
    expect(s.thickness).toBeCloseTo(6, 6);
  });

  it('find a strap pinched at its middle: min/max section ratio is (r_min / r_max)^2', () => {
    // Radius 6 tapering to 2 at the middle, linearly: at 50 % the section is (2/6)^2 of the 20 % one's scale.
    const waist = tube('w', (t) => 2 + 4 * Math.abs(2 * t - 1) * (1 / 0.6), 100, 64, 101);
    const sections = strapSections(waist, alongZ(100));
    expect(collapseRatio(sections)).toBeCloseTo((2 / 6) ** 2, 2);
    const even = tube('e', () => 4, 100);
    expect(collapseRatio(strapSections(even, alongZ(100)))).toBeCloseTo(1, 6);
  });

  it('follow a bent path: the plane is perpendicular to the path where it cuts', () => {
    // A tube along z, with a path that runs along it obliquely would cut an ellipse; along it, a circle.
    const t = tube('t', () => 5, 40);
    const oblique = new MusclePath([new Vector3(-10, 0, 0), new Vector3(10, 0, 40)]);
    const s = sectionAt(t, oblique, 0.5)!;
    const cosTilt = 40 / Math.hypot(20, 40);
    expect(s.area).toBeCloseTo(polygonArea(5, 64) / cosTilt, 0);
  });
});
