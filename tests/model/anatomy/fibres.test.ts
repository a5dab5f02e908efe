import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { angleDeg, fibreAgreement, meanFibre, projections } from '../../../scripts/lib/anatomy/fibres';
import { sampleVertices, type MeasureMesh } from '../../../scripts/lib/anatomy/mesh';
import { MusclePath, referenceFibres } from '../../../scripts/lib/anatomy/path';
import { attachments } from '../../../src/mapping/attachments';
import { tube } from './shapes';

const rad = (deg: number): number => (deg * Math.PI) / 180;
const reference = [new MusclePath([new Vector3(0, 0, 0), new Vector3(0, 0, 50)])];

describe('fibre direction', () => {
  it('agrees with the origin-to-insertion line when the fibres run along it, not when tilted 20 degrees', () => {
    const along = tube('a', () => 5, 50, 16, 11, [0, 0, 1]);
    expect(fibreAgreement(along, sampleVertices(along, 500), reference)).toBe(1);
    const tilted = tube('t', () => 5, 50, 16, 11, [Math.sin(rad(20)), 0, Math.cos(rad(20))]);
    // Only a vertex on the rim of an end, whose normal leans 45 degrees, may see its trace agree.
    expect(fibreAgreement(tilted, sampleVertices(tilted, 500), reference)).toBeLessThan(0.02);
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

  it('follows a sheet laid round a curved bed: the chord between its ends is carried onto the surface', () => {
    // A quarter of a cylinder (radius 40 mm) whose fibres run round it, like the trapezius over the
    // shoulder; the reference is the straight chord from one end of the arc to the other.
    const arc = (r: number, fibres: 'round' | 'tilted'): MeasureMesh => {
      const [steps, rows] = [31, 7];
      const positions: number[] = [];
      const fibre: number[] = [];
      for (let j = 0; j < rows; j++) {
        for (let i = 0; i < steps; i++) {
          const a = (Math.PI / 2) * (i / (steps - 1));
          positions.push(r * Math.cos(a), r * Math.sin(a), j * 5);
          // Round the arc, or leaning 25 degrees toward the axis within the surface.
          const [c, s] = fibres === 'round' ? [1, 0] : [Math.cos(rad(25)), Math.sin(rad(25))];
          fibre.push(-Math.sin(a) * c, Math.cos(a) * c, s);
        }
      }
      const indices: number[] = [];
      for (let j = 0; j + 1 < rows; j++)
        for (let i = 0; i + 1 < steps; i++) {
          const k = j * steps + i;
          indices.push(k, k + steps, k + 1, k + 1, k + steps, k + steps + 1);
        }
      return {
        name: 'arc',
        positions: Float64Array.from(positions),
        indices: Uint32Array.from(indices),
        fibre: Float64Array.from(fibre),
      };
    };
    const chord = [new MusclePath([new Vector3(40, 0, 15), new Vector3(0, 40, 15)])];
    const round = arc(40, 'round');
    // In 3D the chord and the fibres agree only in the middle third of the arc (within 15 degrees of 45).
    expect(fibreAgreement(round, sampleVertices(round, 500), chord)).toBe(1);
    const tilted = arc(40, 'tilted');
    expect(fibreAgreement(tilted, sampleVertices(tilted, 500), chord)).toBe(0);
  });

  it('follows fibres the data lays level before they turn (posterior temporalis), not their chords', () => {
    const att = attachments.temporalis;
    const level = att.runsLevel!;
    const described = referenceFibres(att, 'left');
    const chords = referenceFibres({ ...att, runsLevel: undefined }, 'left');
    // The first fibre (front of the fan) runs straight; the last keeps its origin's height up to
    // the turn, then falls to its insertion's.
    expect(described[0]!.points.map((p) => p.y)).toEqual(chords[0]!.points.map((p) => p.y));
    const last = described[described.length - 1]!;
    const [start, end] = [last.points[0]!, last.points[last.points.length - 1]!];
    const heights = last.points.map((p) => p.y);
    heights.forEach((y, j) => {
      if (j / (heights.length - 1) <= level.turn) expect(y).toBeCloseTo(start.y, 9);
    });
    expect(end.y).toBeLessThan(start.y - 10);
    const levelRun = last.tangentAt(level.turn / 2);
    expect(Math.abs(levelRun.y)).toBeLessThan(1e-9);
    // Its chord leans down more than the check's 15 degrees there: a fibre running level, as the
    // data says it does, would have failed against the chord.
    const chordLean = chords[chords.length - 1]!.tangentAt(level.turn / 2);
    expect(angleDeg(levelRun, chordLean)).toBeGreaterThan(15);
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
