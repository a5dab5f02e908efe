import { describe, expect, it } from 'vitest';
import type { MuscleId, Side } from '../../src/mapping';
import {
  exerciseFor,
  LENGTH_CHANGE_PERCENT,
  lengthChanges,
  lengthsInPose,
  mirrorPose,
  neckMotion,
  NEUTRAL,
  upperNeck,
  type LengthChanges,
} from '../../src/movement';

const all = (c: LengthChanges) => [...c.shortened, ...c.lengthened];
const changeOf = (c: LengthChanges, id: MuscleId, side: Side) =>
  all(c).find((m) => m.id === id && m.sides.includes(side));

describe('the muscles a position shortens and lengthens', () => {
  it('finds none at rest', () => {
    expect(all(lengthChanges(NEUTRAL))).toEqual([]);
  });

  it('the chin-tuck nod lengthens the suboccipitals and shortens the deep flexor in front, both sides as one', () => {
    // Upper cervical flexion: the suboccipitals behind the axis of the nod are drawn long, the longus
    // capitis in front of it (the muscle the exercise trains) works short.
    const nod = lengthChanges(exerciseFor('craniocervical-flexion')!.sequence[1]!);
    for (const id of ['rectus-capitis-posterior-major', 'rectus-capitis-posterior-minor'] as const) {
      expect(nod.lengthened.find((m) => m.id === id)?.sides).toEqual(['left', 'right']);
    }
    expect(nod.shortened.find((m) => m.id === 'longus-capitis')?.sides).toEqual(['left', 'right']);
  });

  it('a turn to the left shortens the left inferior oblique and the right SCM, the rotators to that side', () => {
    const left = lengthChanges(neckMotion('rotation', 0.6));
    expect(changeOf(left, 'obliquus-capitis-inferior', 'left')!.percent).toBeLessThan(100);
    expect(changeOf(left, 'obliquus-capitis-inferior', 'right')!.percent).toBeGreaterThan(100);
    expect(changeOf(left, 'sternocleidomastoid-sternal', 'right')!.percent).toBeLessThan(100);
    // The mirror position swaps the sides, figure for figure.
    const right = lengthChanges(mirrorPose(neckMotion('rotation', 0.6)));
    for (const m of all(left)) {
      const twin = changeOf(right, m.id, m.sides[0] === 'left' ? 'right' : 'left')!;
      expect(twin.percent).toBeCloseTo(m.percent, 6);
    }
  });

  it('lists every side changed by more than the threshold once, sorted, and nothing else', () => {
    for (const pose of [neckMotion('flexion', 1, upperNeck), neckMotion('sideBend', -0.6)]) {
      const c = lengthChanges(pose);
      const sidesListed = all(c).flatMap((m) => m.sides.map((side) => `${m.id}:${side}`));
      const changed = lengthsInPose(pose)
        .filter((l) => Math.abs(l.percent - 100) > LENGTH_CHANGE_PERCENT)
        .map((l) => `${l.id}:${l.side}`);
      expect(new Set(sidesListed).size).toBe(sidesListed.length);
      expect([...sidesListed].sort()).toEqual([...changed].sort());
      const percents = (list: readonly { percent: number }[]) => list.map((m) => m.percent);
      expect(percents(c.shortened)).toEqual([...percents(c.shortened)].sort((a, b) => a - b));
      expect(percents(c.lengthened)).toEqual([...percents(c.lengthened)].sort((a, b) => b - a));
    }
  });
});
