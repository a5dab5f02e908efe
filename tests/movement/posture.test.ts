import { describe, expect, it } from 'vitest';
import { SELF_CARE_ADVICE } from '../../src/clinic/self-care';
import { isSourceId, type MuscleId } from '../../src/mapping';
import {
  POSTURE_ADVICE,
  POSTURE_SOURCES,
  comparePostures,
  exercises,
  isWithinRange,
  lengthsInPose,
  lowerNeck,
  namedPoses,
  NEUTRAL,
  valueOf,
} from '../../src/movement';

const forward = lengthsInPose(namedPoses['forward-head-posture']);
const percentOf = (id: MuscleId) => forward.find((l) => l.id === id && l.side === 'left')!.percent;

describe('forward head posture', () => {
  it('shortens the suboccipitals', () => {
    for (const m of [
      'rectus-capitis-posterior-minor',
      'rectus-capitis-posterior-major',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
    ] as const) {
      expect(percentOf(m), m).toBeLessThan(100);
    }
    expect(percentOf('rectus-capitis-posterior-major')).toBeLessThan(90);
  });

  it('lengthens the deep flexor of the head on the neck, the longus capitis', () => {
    expect(percentOf('longus-capitis')).toBeGreaterThan(103);
    // The longus colli, one strap from T3 to the atlas in the model, spans the flexed lower neck as
    // well as the extended upper neck and changes little (see README).
    expect(Math.abs(percentOf('longus-colli') - 100)).toBeLessThan(3);
  });

  it('lists the muscles it shortens and lengthens from their computed lengths, on both sides alike', () => {
    const { shortened, lengthened, craniovertebralAngle } = comparePostures();
    expect(shortened.map((m) => m.id)).toContain('rectus-capitis-posterior-major');
    expect(shortened.map((m) => m.id)).toContain('sternocleidomastoid-sternal');
    expect(lengthened.map((m) => m.id)).toContain('longus-capitis');
    for (const m of shortened) expect(m.percent).toBeLessThan(97);
    for (const m of lengthened) expect(m.percent).toBeGreaterThan(103);
    // Every muscle changed by more than 3 % is listed, and only those.
    const changed = forward.filter((l) => l.side === 'left' && Math.abs(l.percent - 100) > 3).length;
    expect(shortened.length + lengthened.length).toBe(changed);
    for (const l of forward) {
      const other = forward.find((o) => o.id === l.id && o.side !== l.side)!;
      expect(l.percent).toBeCloseTo(other.percent, 9);
    }
    expect(craniovertebralAngle.forwardHead).toBeLessThan(craniovertebralAngle.neutral);
  });

  it('goes with the clinic’s work-station, phone and car advice, and known sources', () => {
    for (const id of POSTURE_ADVICE) expect(SELF_CARE_ADVICE[id]).toBeDefined();
    for (const id of POSTURE_SOURCES) expect(isSourceId(id)).toBe(true);
  });
});

describe('exercises', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s starts and ends at neutral within range', (_id, e) => {
    expect(e.sequence[0]).toEqual(NEUTRAL);
    expect(e.sequence.at(-1)).toEqual(NEUTRAL);
    expect(e.sequence.length).toBeGreaterThan(2);
    for (const pose of e.sequence) expect(isWithinRange(pose)).toBe(true);
    expect(SELF_CARE_ADVICE[e.advice]).toBeDefined();
    for (const id of e.sources) expect(isSourceId(id)).toBe(true);
  });

  it('nods the head on a still lower neck in craniocervical flexion, lengthening the suboccipitals', () => {
    const nod = exercises.find((e) => e.id === 'craniocervical-flexion')!.sequence[1]!;
    for (const s of lowerNeck) expect(valueOf(nod, s, 'flexion')).toBe(0);
    expect(valueOf(nod, 'occiput-c1', 'flexion')).toBeGreaterThan(0);
    const lengths = lengthsInPose(nod);
    expect(lengths.find((l) => l.id === 'rectus-capitis-posterior-minor')!.percent).toBeGreaterThan(105);
  });

  it('draws both shoulder blades back in scapular retraction', () => {
    const back = exercises.find((e) => e.id === 'scapular-retraction')!.sequence[1]!;
    expect(valueOf(back, 'shoulder-girdle-left', 'protraction')).toBeLessThan(0);
    expect(valueOf(back, 'shoulder-girdle-right', 'protraction')).toBeLessThan(0);
  });
});
