import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { muscles, painRegions, radialDirection, sides, type Vec3 } from '../../src/mapping';
import {
  facingDirection,
  facingScore,
  followDirection,
  nextTurnDirection,
  onLookRequest,
  onTurnRequest,
  placeLookPoints,
  resetViewer,
  useViewer,
  zoneLookPoints,
} from '../../src/state';

/** The plain presets' directions from the head toward the camera (model space: +X left, +Y up, +Z face). */
const front: Vec3 = [0, 0, 1];
const back: Vec3 = [0, 0, -1];
const left: Vec3 = [1, 0, 0];
const presets: readonly Vec3[] = [front, back, left, [-1, 0, 0], [0, 1, 0]];
const angleDeg = (a: Vec3, b: Vec3) =>
  (Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])) * 180) / Math.PI;
const mirror = (d: Vec3): Vec3 => [-d[0], d[1], d[2]];

describe('where the camera looks from to show a thing on the head', () => {
  it('faces a small place along its outward normal', () => {
    // A band round the head has no one outward side; every other place is one patch.
    for (const region of painRegions.filter((r) => !r.alsoAt))
      for (const side of sides) {
        const points = placeLookPoints(region.id, side);
        const d = facingDirection(points)!;
        // The patch's own outward direction, averaged over its samples.
        const n = points
          .map(radialDirection)
          .reduce<Vec3>((s, p) => [s[0] + p[0], s[1] + p[1], s[2] + p[2]], [0, 0, 0]);
        const normal: Vec3 = [n[0] / Math.hypot(...n), n[1] / Math.hypot(...n), n[2] / Math.hypot(...n)];
        // Within the search's step, or held at the lowest height the camera may take (the throat, the chin).
        const lowest = Math.sin((-20 * Math.PI) / 180);
        if (normal[1] > lowest + 0.1) expect(angleDeg(d, normal), `${region.id} ${side}`).toBeLessThan(12);
        expect(d[1]).toBeGreaterThanOrEqual(lowest - 1e-9);
      }
  });

  it('turns to the temple from the back view, to the base of the skull from the front', () => {
    const temple = placeLookPoints('temple', 'left');
    const turn = followDirection(temple, back)!;
    expect(turn[0]).toBeGreaterThan(0.6); // the subject's left side...
    expect(turn[2]).toBeGreaterThan(0.2); // ...toward the face: the temple lies in front of the ear
    const skull = placeLookPoints('base-of-the-skull', 'left');
    expect(followDirection(skull, front)![2]).toBeLessThan(-0.5);
  });

  it('stays where it is when the thing is seen well already', () => {
    expect(followDirection(placeLookPoints('temple', 'left'), left)).toBeNull();
    expect(followDirection(placeLookPoints('base-of-the-skull', 'left'), back)).toBeNull();
    expect(followDirection(placeLookPoints('forehead', 'left'), front)).toBeNull();
    // Seen from the front the temple sits at the head's outline, too askew to count as shown.
    expect(followDirection(placeLookPoints('temple', 'left'), front)).not.toBeNull();
  });

  it('shows every muscle pattern at least as squarely as the best plain preset', () => {
    for (const m of muscles)
      for (const side of sides) {
        const points = zoneLookPoints(m.id, side);
        if (points.length === 0) continue;
        const best = facingScore(points, facingDirection(points)!);
        const presetBest = Math.max(...presets.map((p) => facingScore(points, p)));
        expect(best, `${m.id} ${side}`).toBeGreaterThanOrEqual(presetBest - 0.02);
        // After a turn the camera would not turn again for the same pattern.
        expect(followDirection(points, facingDirection(points)!)).toBeNull();
      }
  });

  it('mirrors the direction for the other side', () => {
    for (const m of muscles) {
      const l = facingDirection(zoneLookPoints(m.id, 'left'));
      const r = facingDirection(zoneLookPoints(m.id, 'right'));
      if (!l || !r) continue;
      // Equal scores on a grid symmetric in x: the mirror image scores the same as the choice.
      const pts = zoneLookPoints(m.id, 'right');
      expect(facingScore(pts, mirror(l))).toBeCloseTo(facingScore(pts, r), 6);
    }
  });

  it('asks for nothing without points', () => {
    expect(facingDirection([])).toBeNull();
    expect(followDirection([], front)).toBeNull();
    expect(zoneLookPoints('no-such-muscle', 'left')).toEqual([]);
    expect(placeLookPoints('no-such-place', 'left')).toEqual([]);
  });
});

describe('"Turn the head", one control round the head', () => {
  const azimuth = (d: Vec3) => Math.round(((Math.atan2(d[0], d[2]) * 180) / Math.PI + 360) % 360);

  it('from the front reaches a temple and the jaw, then the back of the head, the other side, and round', () => {
    const stops: Vec3[] = [];
    let at: Vec3 = front;
    for (let i = 0; i < 4; i++) stops.push((at = nextTurnDirection(at)));
    expect(stops.map(azimuth)).toEqual([45, 135, 225, 315]);
    const seenWell = (place: string, side: 'left' | 'right', d: Vec3) =>
      followDirection(placeLookPoints(place, side), d) === null;
    expect(seenWell('temple', 'left', stops[0]!)).toBe(true);
    expect(seenWell('jaw-joint', 'left', stops[0]!)).toBe(true);
    expect(seenWell('back-of-the-head', 'left', stops[1]!)).toBe(true);
    expect(seenWell('back-of-the-head', 'left', stops[2]!)).toBe(true);
    expect(seenWell('temple', 'right', stops[3]!)).toBe(true);
    expect(seenWell('angle-of-the-jaw', 'right', stops[3]!)).toBe(true);
  });

  it('goes on from wherever the user left the camera, and the other way round on request', () => {
    // Near a stop counts as at it: the press moves on.
    expect(azimuth(nextTurnDirection(nextTurnDirection(front)))).toBe(135);
    expect(azimuth(nextTurnDirection([Math.sin(0.7), 0, Math.cos(0.7)]))).toBe(135); // 40 degrees round
    expect(azimuth(nextTurnDirection(back))).toBe(225);
    expect(azimuth(nextTurnDirection(front, -1))).toBe(315);
    // From straight above there is no round-the-head direction: the first stop.
    expect(azimuth(nextTurnDirection([0, 1, 0]))).toBe(45);
    const d = nextTurnDirection(left);
    expect(Math.hypot(...d)).toBeCloseTo(1, 9);
  });
});

describe('the store asks the camera to follow', () => {
  const looks: (readonly Vec3[])[] = [];
  let stop = () => {};
  beforeEach(() => {
    resetViewer();
    looks.length = 0;
    stop = onLookRequest((points) => looks.push(points));
  });
  afterEach(() => stop());
  const get = () => useViewer.getState();

  it('for a named place, with the points of its patch', () => {
    get().chooseRegion({ regionId: 'temple', side: 'right' });
    expect(looks).toEqual([placeLookPoints('temple', 'right')]);
    get().chooseRegion(null);
    expect(looks).toHaveLength(1);
  });

  it('for a pain point', () => {
    get().setPainPoint([0.07, 0.03, 0.04]);
    expect(looks).toEqual([[[0.07, 0.03, 0.04]]]);
    get().setPainPoint(null);
    expect(looks).toHaveLength(1);
  });

  it('for a previewed pattern, once per change, not for the preview put away', () => {
    get().setPreview({ muscleId: 'temporalis', side: 'left' });
    get().setPreview({ muscleId: 'temporalis', side: 'left' });
    get().setPreview(null);
    expect(looks).toEqual([zoneLookPoints('temporalis', 'left')]);
  });

  it("for the quiz's true zone once an answer is checked", () => {
    get().revealQuizAnswer({ muscleId: 'upper-trapezius', side: 'left' });
    expect(looks).toEqual([zoneLookPoints('upper-trapezius', 'left')]);
  });

  it('turns the head on request, as an event that leaves the store as it was', () => {
    let turns = 0;
    const stopTurns = onTurnRequest(() => turns++);
    const before = get();
    get().turnHead();
    get().turnHead();
    stopTurns();
    expect(turns).toBe(2);
    expect(get()).toBe(before);
  });

  it('leaves the preset in the store as it was: the look is an event, not a view', () => {
    get().showView('back');
    get().chooseRegion({ regionId: 'temple', side: 'left' });
    expect(get().view).toBe('back');
  });
});
