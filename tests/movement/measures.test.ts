import { describe, expect, it } from 'vitest';
import { mToMm, radToDeg, type Side } from '../../src/mapping';
import { dot, length, normalize, sub } from '../../src/mapping/vec';
import {
  boneTransforms,
  craniovertebralAngle,
  frankfortTilt,
  interincisalDistance,
  jawMotion,
  namedPoses,
  posedPoint,
} from '../../src/movement';
import { jaw } from '../../src/movement/joints';
import { LOWER_INCISAL_EDGE, midlinePoint } from '../../src/movement/measure-points';

describe('the craniovertebral angle', () => {
  const neutral = craniovertebralAngle(namedPoses.neutral);
  const forward = craniovertebralAngle(namedPoses['forward-head-posture']);

  it('is that of an upright posture at rest', () => {
    // The model's rest posture is upright: C7 lies about 68 mm behind the tragus and 117 mm below
    // it, an angle of about 60 degrees, at the upright end of healthy values (about 50-56 in most
    // studies of adults sitting at ease); the README says so.
    expect(neutral).toBeGreaterThan(50);
    expect(neutral).toBeLessThan(62);
  });

  it('falls under 48 degrees in forward head posture, the eyes still about level', () => {
    expect(forward).toBeLessThan(48);
    expect(neutral - forward).toBeGreaterThan(10);
    expect(Math.abs(frankfortTilt(namedPoses['forward-head-posture']))).toBeLessThan(5);
  });

  it('grows as the head goes back and falls as it comes forward', () => {
    expect(craniovertebralAngle(namedPoses.extension)).toBeGreaterThan(neutral);
    expect(craniovertebralAngle(namedPoses.flexion)).toBeLessThan(neutral);
    // A chin tuck nods the head on a still neck: the tragus barely moves.
    expect(Math.abs(craniovertebralAngle(namedPoses['chin-tuck']) - neutral)).toBeLessThan(5);
  });
});

describe('the mouth', () => {
  it('opens about 45 mm between the incisors in the mouth-open pose', () => {
    expect(interincisalDistance(namedPoses.neutral)).toBeLessThan(5); // overbite and overjet only
    const open = interincisalDistance(namedPoses['mouth-open']);
    expect(open).toBeGreaterThan(40);
    expect(open).toBeLessThan(50);
  });

  it('opens no more than a healthy mouth can at the end of its range (about 50-55 mm)', () => {
    const full = interincisalDistance(jawMotion({ opening: 1, glide: 1 }));
    expect(full).toBeGreaterThan(48);
    expect(full).toBeLessThan(58);
  });

  it('shifts the lower incisors sideways by the millimetres the pose gives', () => {
    const incisors = midlinePoint(LOWER_INCISAL_EDGE);
    for (const mm of [-8, -3, 4, 10]) {
      const shifted = posedPoint(boneTransforms({ temporomandibular: { lateralShift: mm } }), 'mandible', incisors);
      expect(mToMm(shifted[0] - incisors[0])).toBeCloseTo(mm, 0);
    }
  });

  it('shifts aside about the condyle on that side while the other glides forward and down its eminence', () => {
    for (const [mm, working, orbiting] of [
      [8, 'left', 'right'],
      [-8, 'right', 'left'],
    ] as const) {
      const t = boneTransforms({ temporomandibular: { lateralShift: mm } });
      const moved = (side: Side) => sub(posedPoint(t, 'mandible', jaw.condyles[side]), jaw.condyles[side]);
      expect(mToMm(length(moved(working)))).toBeLessThan(0.5);
      const glide = moved(orbiting);
      expect(mToMm(length(glide))).toBeGreaterThan(4);
      // Along the eminence's slope, not level: the ramus and coronoid process drop as they come forward.
      expect(radToDeg(Math.acos(dot(normalize(glide), jaw.glide)))).toBeLessThan(20);
    }
  });
});
