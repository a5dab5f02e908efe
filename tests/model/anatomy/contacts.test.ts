import { describe, expect, it } from 'vitest';
import { contact, outside, penetration } from '../../../scripts/lib/anatomy/contacts';
import { sampleVertices, Spatial } from '../../../scripts/lib/anatomy/mesh';
import { box } from './shapes';

// A 10 mm cube; its four corners at x = 10 are the ones other boxes reach.
const cube = box('cube', [0, 0, 0], [10, 10, 10]);
const all = sampleVertices(cube, 100);

describe('interpenetration', () => {
  it('finds the corners of one box 1 mm inside an overlapping box, and nothing in a box beside it', () => {
    const overlapping = new Spatial(box('over', [7, -1, -1], [17, 11, 11]));
    const p = penetration(cube, all, [overlapping]);
    expect(p.share).toBe(0.5);
    expect(p.maxDepth).toBeCloseTo(1, 6);
    expect(p.deepestIn).toBe('over');
    const beside = new Spatial(box('beside', [11.5, 0, 0], [21.5, 10, 10]));
    expect(penetration(cube, all, [beside])).toEqual({ share: 0, maxDepth: 0, deepestIn: null });
  });

  it('counts the corners outside an envelope and how far out they lie', () => {
    const envelope = new Spatial(box('skin', [-1, -1, -1], [9, 11, 11]));
    expect(outside(cube, all, envelope)).toEqual({ count: 4, maxDistance: 1 });
    const around = new Spatial(box('skin', [-1, -1, -1], [11, 11, 11]));
    expect(outside(cube, all, around)).toEqual({ count: 0, maxDistance: 0 });
  });
});

describe('contact', () => {
  it('splits the corners into those resting on a neighbour 1.5 mm away and those floating free', () => {
    const beside = new Spatial(box('beside', [11.5, 0, 0], [21.5, 10, 10]));
    expect(contact(cube, all, [beside], [beside])).toEqual({ touching: 0.5, floating: 0.5 });
    // A skin 2.5 mm off the free face: not a neighbour to rest on, but the corners no longer float.
    const skin = new Spatial(box('skin', [-2.5, -20, -20], [30, 30, 30]));
    expect(contact(cube, all, [beside], [beside, skin])).toEqual({ touching: 0.5, floating: 0 });
  });
});
