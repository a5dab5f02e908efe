import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { landmarks, type Vec3 } from '../../src/mapping';
import { distance } from '../../src/mapping/vec';
import { bones, boneTransforms, clampPose, frankfortTilt, namedPoses, posedPoint, type Bone } from '../../src/movement';
import { LOWER_INCISAL_EDGE, midlinePoint } from '../../src/movement/measure-points';
import { anyPose } from './arbitraries';

/** Points anywhere in the head-and-neck box, metres. */
const point: fc.Arbitrary<Vec3> = fc.tuple(
  fc.double({ min: -0.2, max: 0.2, noNaN: true }),
  fc.double({ min: -0.25, max: 0.15, noNaN: true }),
  fc.double({ min: -0.12, max: 0.12, noNaN: true }),
);
const bone = fc.constantFrom<Bone>(...bones);

const moved = (pose: keyof typeof namedPoses, b: Bone, p: Vec3): Vec3 =>
  posedPoint(boneTransforms(namedPoses[pose]), b, p);
const shift = (pose: keyof typeof namedPoses, b: Bone, p: Vec3): Vec3 => {
  const q = moved(pose, b, p);
  return [(q[0] - p[0]) * 1000, (q[1] - p[1]) * 1000, (q[2] - p[2]) * 1000];
};

describe('forward kinematics', () => {
  it('moves each bone rigidly: distances between points on one bone stay as they were', () => {
    fc.assert(
      fc.property(anyPose, bone, point, point, (pose, b, p, q) => {
        const t = boneTransforms(clampPose(pose));
        expect(distance(posedPoint(t, b, p), posedPoint(t, b, q))).toBeCloseTo(distance(p, q), 12);
      }),
    );
  });

  it('leaves every bone where it is in the neutral pose, and the thorax in every pose', () => {
    fc.assert(
      fc.property(anyPose, point, (pose, p) => {
        const still = posedPoint(boneTransforms(clampPose(pose)), 'thorax', p);
        for (let i = 0; i < 3; i++) expect(still[i] === p[i]).toBe(true);
        for (const b of bones) {
          const q = posedPoint(boneTransforms({}), b, p);
          for (let i = 0; i < 3; i++) expect(q[i]).toBeCloseTo(p[i]!, 14);
        }
      }),
    );
  });

  it('moves the head the way each named motion says', () => {
    const chin = landmarks.menton;
    expect(shift('flexion', 'skull', chin)[1]).toBeLessThan(-20); // the chin goes down
    expect(shift('extension', 'skull', chin)[1]).toBeGreaterThan(20); // and up
    expect(shift('rotation-left', 'skull', landmarks.nasion)[0]).toBeGreaterThan(50); // the face turns left (+X)
    expect(shift('rotation-right', 'skull', landmarks.nasion)[0]).toBeLessThan(-50);
    expect(shift('side-bend-left', 'skull', landmarks.vertex)[0]).toBeGreaterThan(50); // the crown tips left
    expect(shift('chin-tuck', 'c7', landmarks.cervicale)).toEqual([0, 0, 0]); // the lower neck stays
    // The whole neck's flexion and extension tip the Frankfort plane by the neck's totals.
    expect(frankfortTilt(namedPoses.flexion)).toBeCloseTo(50, 6);
    expect(frankfortTilt(namedPoses.extension)).toBeCloseTo(-60, 6);
  });

  it('opens, protrudes and shifts the jaw, and moves the shoulder girdles', () => {
    const chin = landmarks.menton;
    expect(shift('mouth-open', 'mandible', chin)[1]).toBeLessThan(-25);
    expect(shift('mouth-open', 'skull', chin)).toEqual([0, 0, 0]);
    const incisors = midlinePoint(LOWER_INCISAL_EDGE);
    expect(shift('jaw-protrusion', 'mandible', incisors)[2]).toBeGreaterThan(5);
    expect(shift('jaw-side-shift-left', 'mandible', chin)[0]).toBeGreaterThan(5);
    // The condyle on the side the chin goes to turns nearly in place; the other swings forward.
    const leftCondyle = shift('jaw-side-shift-left', 'mandible', landmarks['condylion-left']);
    const rightCondyle = shift('jaw-side-shift-left', 'mandible', landmarks['condylion-right']);
    expect(Math.hypot(...leftCondyle)).toBeLessThan(2);
    expect(rightCondyle[2]).toBeGreaterThan(3);
    expect(shift('shoulder-depression', 'shoulder-girdle-left', landmarks['acromion-left'])[1]).toBeLessThan(-15);
    expect(shift('shoulder-depression', 'shoulder-girdle-right', landmarks['acromion-right'])[1]).toBeLessThan(-15);
    expect(shift('shoulder-retraction', 'shoulder-girdle-left', landmarks['acromion-left'])[2]).toBeLessThan(-15);
    expect(shift('shoulder-retraction', 'shoulder-girdle-right', landmarks['acromion-right'])[2]).toBeLessThan(-15);
  });
});
