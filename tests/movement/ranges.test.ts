import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSourceId } from '../../src/mapping';
import {
  GIRDLE_RANGE_SOURCES,
  JAW_RANGE_SOURCES,
  NECK_RANGE,
  NECK_RANGE_SOURCES,
  SEGMENTAL_SOURCES,
  clampPose,
  interpolatePoses,
  isWithinRange,
  jointIds,
  mirrorPose,
  motionsOf,
  namedPoseIds,
  namedPoses,
  rangeOf,
  segmentShare,
  spinalSegments,
  valueOf,
  type Pose,
} from '../../src/movement';
import { anyPose } from './arbitraries';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('ranges of motion spread over the segments', () => {
  it('gives each motion shares that add up to the whole neck', () => {
    for (const motion of ['flexion', 'sideBend', 'rotation'] as const) {
      expect(sum(spinalSegments.map((s) => segmentShare(s, motion)))).toBeCloseTo(1, 12);
    }
    const total = (motion: 'flexion' | 'sideBend' | 'rotation', end: 'min' | 'max') =>
      sum(spinalSegments.map((s) => rangeOf(s, motion)[end]));
    expect(total('flexion', 'max')).toBeCloseTo(NECK_RANGE.flexion, 9);
    expect(-total('flexion', 'min')).toBeCloseTo(NECK_RANGE.extension, 9);
    expect(total('rotation', 'max')).toBeCloseTo(NECK_RANGE.rotation, 9);
    expect(total('sideBend', 'max')).toBeCloseTo(NECK_RANGE.sideBend, 9);
  });

  it('puts about half the rotation at C1-C2 and the nod at the two upper joints', () => {
    expect(segmentShare('c1-c2', 'rotation')).toBeGreaterThan(0.45);
    expect(segmentShare('c1-c2', 'rotation')).toBeLessThan(0.55);
    expect(segmentShare('occiput-c1', 'rotation')).toBeLessThan(0.1);
    // The head nods on the neck (occiput-C1) more than any one lower segment bends.
    for (const s of spinalSegments.slice(2)) {
      expect(segmentShare('occiput-c1', 'flexion')).toBeGreaterThan(segmentShare(s, 'flexion'));
    }
  });

  it('gives every range a minimum below its maximum, at rest in between', () => {
    for (const joint of jointIds) {
      for (const motion of motionsOf(joint)) {
        const { min, max } = rangeOf(joint, motion);
        expect(min, `${joint}.${motion}`).toBeLessThanOrEqual(0);
        expect(max, `${joint}.${motion}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('a pose never exceeds its range', () => {
  it.each(namedPoseIds)('the named pose %s is within every range', (id) => {
    expect(isWithinRange(namedPoses[id])).toBe(true);
  });

  it('takes the named whole-neck motions to the literature’s totals', () => {
    const total = (pose: Pose, motion: 'flexion' | 'sideBend' | 'rotation') =>
      sum(spinalSegments.map((s) => valueOf(pose, s, motion)));
    expect(total(namedPoses.flexion, 'flexion')).toBeCloseTo(50, 9);
    expect(total(namedPoses.extension, 'flexion')).toBeCloseTo(-60, 9);
    expect(total(namedPoses['rotation-left'], 'rotation')).toBeCloseTo(80, 9);
    expect(total(namedPoses['side-bend-right'], 'sideBend')).toBeCloseTo(-45, 9);
  });

  it('clamps any pose into range, keeps a pose already in range, and clamps once for all', () => {
    fc.assert(
      fc.property(anyPose, (pose) => {
        const clamped = clampPose(pose);
        expect(isWithinRange(clamped)).toBe(true);
        expect(clampPose(clamped)).toEqual(clamped);
        for (const joint of jointIds) {
          for (const motion of motionsOf(joint)) {
            const v = valueOf(pose, joint, motion);
            const { min, max } = rangeOf(joint, motion);
            if (v >= min && v <= max) expect(valueOf(clamped, joint, motion) === v).toBe(true);
          }
        }
      }),
    );
  });

  it('interpolates from one pose to another and stays in range between two poses in range', () => {
    fc.assert(
      fc.property(anyPose, anyPose, fc.double({ min: 0, max: 1, noNaN: true }), (a0, b0, t) => {
        const [a, b] = [clampPose(a0), clampPose(b0)];
        expect(interpolatePoses(a, b, 0)).toEqual(a);
        expect(interpolatePoses(a, b, 1)).toEqual(clampPose(b));
        expect(isWithinRange(interpolatePoses(a, b, t))).toBe(true);
      }),
    );
  });

  it('mirrors a pose left for right, twice back to itself, within range', () => {
    fc.assert(
      fc.property(anyPose, (p) => {
        const pose = clampPose(p);
        expect(mirrorPose(mirrorPose(pose))).toEqual(pose);
        expect(isWithinRange(mirrorPose(pose))).toBe(true);
      }),
    );
    expect(mirrorPose(namedPoses['rotation-left'])).toEqual(namedPoses['rotation-right']);
    expect(mirrorPose(namedPoses['jaw-side-shift-left'])).toEqual(namedPoses['jaw-side-shift-right']);
  });
});

describe('the ranges cite their sources', () => {
  it('names known sources for every range', () => {
    for (const list of [NECK_RANGE_SOURCES, SEGMENTAL_SOURCES, JAW_RANGE_SOURCES, GIRDLE_RANGE_SOURCES]) {
      expect(list.length).toBeGreaterThan(0);
      for (const id of list) expect(isSourceId(id), id).toBe(true);
    }
  });
});
