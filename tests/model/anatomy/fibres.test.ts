import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { fibreAgreement, meanFibre, projections } from '../../../scripts/lib/anatomy/fibres';
import { sampleVertices } from '../../../scripts/lib/anatomy/mesh';
import { MusclePath } from '../../../scripts/lib/anatomy/path';
import { tube } from './shapes';

const rad = (deg: number): number => (deg * Math.PI) / 180;
const reference = [new MusclePath([new Vector3(0, 0, 0), new Vector3(0, 0, 50)])];

describe('fibre direction', () => {
  it('agrees with the origin-to-insertion line when the fibres run along it, not when tilted 20 degrees', () => {
    const along = tube('a', () => 5, 50, 16, 11, [0, 0, 1]);
    expect(fibreAgreement(along, sampleVertices(along, 500), reference)).toBe(1);
    const tilted = tube('t', () => 5, 50, 16, 11, [Math.sin(rad(20)), 0, Math.cos(rad(20))]);
    expect(fibreAgreement(tilted, sampleVertices(tilted, 500), reference)).toBe(0);
    expect(fibreAgreement(tilted, sampleVertices(tilted, 500), reference, 25)).toBe(1);
    // Reversed fibres (insertion toward origin) break the attribute's contract.
    const reversed = tube('r', () => 5, 50, 16, 11, [0, 0, -1]);
    expect(fibreAgreement(reversed, sampleVertices(reversed, 500), reference)).toBe(0);
    expect(
      fibreAgreement(
        tube('n', () => 5, 50),
        [0],
        reference,
      ),
    ).toBeNull();
  });

  it('averages to the fibres direction and reads its angles in model space', () => {
    const d: [number, number, number] = [0, -Math.cos(rad(20)), -Math.sin(rad(20))];
    const mean = meanFibre(tube('m', () => 5, 50, 16, 11, d))!;
    expect(mean.y).toBeCloseTo(d[1], 9);
    // Down and back 20 degrees from vertical, seen from the side; 70 degrees to the horizontal plane.
    expect(projections.sagittalBackFromVertical(mean)).toBeCloseTo(20, 6);
    expect(projections.sagittalBackFromVertical(mean.clone().negate())).toBeCloseTo(20, 6);
    expect(projections.sagittalFromVertical(mean)).toBeCloseTo(20, 6);
    expect(projections.fromHorizontal(mean)).toBeCloseTo(70, 6);
    const oblique = new Vector3(Math.sin(rad(40)), 0, -Math.cos(rad(40)));
    expect(projections.fromSagittal(oblique)).toBeCloseTo(40, 6);
    expect(projections.coronalFromVertical(new Vector3(1, 1, 0.3))).toBeCloseTo(45, 6);
  });
});
