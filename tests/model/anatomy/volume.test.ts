import { describe, expect, it } from 'vitest';
import { Spatial } from '../../../scripts/lib/anatomy/mesh';
import { foldRatio, sampledVolume, signedVolume } from '../../../scripts/lib/anatomy/volume';
import { box, slab, tube } from './shapes';

/** Area of a regular n-gon of circumradius r: the tube's true section. */
const polygonArea = (r: number, n: number): number => (n / 2) * r * r * Math.sin((2 * Math.PI) / n);

describe('volume', () => {
  it('signed volume of a box and a tube is their exact volume', () => {
    expect(signedVolume(box('b', [1, 2, 3], [11, 22, 33]))).toBeCloseTo(10 * 20 * 30, 6);
    expect(signedVolume(tube('t', () => 5, 40))).toBeCloseTo(polygonArea(5, 64) * 40, 6);
  });

  it('sampled volume agrees with the exact volume within 2 %', () => {
    const t = tube('t', () => 5, 40);
    expect(sampledVolume(new Spatial(t)) / (polygonArea(5, 64) * 40)).toBeCloseTo(1, 1.7);
    const b = box('b', [0, 0, 0], [10, 20, 30]);
    expect(sampledVolume(new Spatial(b)) / 6000).toBeCloseTo(1, 1.7);
  });

  it('a slab folded through itself cancels its signed volume and its fold ratio falls to about 0', () => {
    const plain = slab('plain', 60, 20, 6, false);
    const folded = slab('folded', 60, 20, 6, true);
    expect(signedVolume(plain)).toBeCloseTo(60 * 20 * 6, 6);
    expect(Math.abs(signedVolume(folded))).toBeLessThan(1e-6);
    // Folded, it still wraps half the plain slab's volume (a double wedge).
    expect(sampledVolume(new Spatial(folded)) / 3600).toBeCloseTo(1, 1);
    expect(foldRatio(plain, new Spatial(plain))).toBeGreaterThan(0.97);
    expect(foldRatio(folded, new Spatial(folded))).toBeLessThan(0.05);
  });
});
