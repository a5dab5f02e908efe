import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { calvarialCoverage, frontSightLines } from '../../../scripts/lib/anatomy/coverage';
import { Spatial } from '../../../scripts/lib/anatomy/mesh';
import { box, sphere } from './shapes';

// A round "skull" of radius 80; the plane through three points at height 0 keeps its upper half.
const skull = sphere('skull', 80);
const plane: [Vector3, Vector3, Vector3] = [new Vector3(-1, 0, 0), new Vector3(1, 0, 0), new Vector3(0, 0, -1)];

describe('coverage', () => {
  it('counts the vault covered by a scalp 2 mm off it, and not by one 5 mm off', () => {
    const close = calvarialCoverage(skull, plane, [new Spatial(sphere('galea', 82))]);
    expect(close.share).toBe(1);
    expect(close.vertices).toBeGreaterThan(400);
    expect(calvarialCoverage(skull, plane, [new Spatial(sphere('galea', 85))]).share).toBe(0);
  });

  it('sees a vertebral body from the front unless something stands in front of it', () => {
    const body = new Spatial(box('c4', [-5, -5, -20], [5, 5, 0]));
    const open = frontSightLines(body, []);
    expect(open).toEqual({ rays: 2, open: 2 });
    const larynx = new Spatial(box('larynx', [-10, -10, 20], [10, 10, 30]));
    expect(frontSightLines(body, [larynx])).toEqual({ rays: 2, open: 0 });
  });
});
