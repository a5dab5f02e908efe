import { beforeEach, describe, expect, it } from 'vitest';
import { NEUTRAL, exercises, positionMs, postures, sequenceMs, stretchById, stretchPose } from '../../src/movement';
import {
  decodeState,
  demonstrationPlaying,
  demonstrationReach,
  encodeState,
  initialState,
  resetViewer,
  shownPose,
  useViewer,
} from '../../src/state';

const s = () => useViewer.getState();
const nod = exercises.find((e) => e.id === 'craniocervical-flexion')!;
const turns = exercises.find((e) => e.id === 'range-of-motion-turns')!;

describe('an exercise in the store', () => {
  beforeEach(resetViewer);

  it('plays through its positions, pauses, finishes back at the start and plays again', () => {
    s().startExercise('craniocervical-flexion', false);
    expect(demonstrationPlaying(s())).toBe(true);
    expect(shownPose(s())).toEqual(NEUTRAL);
    s().advanceExercise(positionMs(1));
    expect(shownPose(s())).toEqual(nod.sequence[1]);
    s().pauseExercise();
    s().advanceExercise(1000);
    expect(s().exercise).toMatchObject({ playback: 'paused', atMs: positionMs(1) });
    expect(demonstrationPlaying(s())).toBe(false);
    s().playExercise();
    s().advanceExercise(sequenceMs(3));
    expect(s().exercise).toMatchObject({ playback: 'finished', atMs: sequenceMs(3) });
    expect(shownPose(s())).toEqual(NEUTRAL);
    s().playExercise();
    expect(s().exercise).toMatchObject({ playback: 'playing', atMs: 0 });
    s().stopExercise();
    expect(s().exercise).toBeNull();
  });

  it('under reduced motion shows its first move still, and steps through the positions, clamped', () => {
    s().startExercise('range-of-motion-turns', true);
    expect(shownPose(s())).toEqual(turns.sequence[1]);
    s().advanceExercise(500);
    expect(shownPose(s())).toEqual(turns.sequence[1]);
    s().showExerciseStill(3);
    expect(shownPose(s())).toEqual(turns.sequence[3]);
    s().showExerciseStill(99);
    expect(shownPose(s())).toEqual(turns.sequence[8]);
    s().showExerciseStill(-1);
    expect(shownPose(s())).toEqual(NEUTRAL);
  });

  it('shows one demonstration at a time, the stretch names kept as they were', () => {
    s().startStretch('upper-trapezius', 'left', true);
    s().startExercise('scapular-retraction', true);
    expect(s().stretch).toBeNull();
    s().showPosture('forward-head-posture');
    expect(s().exercise).toBeNull();
    expect(shownPose(s())).toEqual(postures['forward-head-posture']);
    s().startStretch('upper-trapezius', 'left', true);
    expect(s().posture).toBeNull();
    expect(s().stretch).toMatchObject({ stretchId: 'upper-trapezius', side: 'left', playback: 'still' });
    s().stopStretch();
    expect(shownPose(s())).toEqual(NEUTRAL);
  });

  it('keeps an exercise or the posture view when a muscle is chosen; a tour or a quiz ends them', () => {
    s().showPosture('neutral');
    s().select({ muscleId: 'upper-trapezius', side: 'left' });
    expect(s().posture).toEqual({ posture: 'neutral' });
    s().startTour('neck-pain-and-headaches');
    expect(s().posture).toBeNull();
    s().startExercise('craniocervical-flexion', true);
    s().showQuizScreen({ selected: null, mode: 'draw', headInput: 'live', region: null, layers: s().layers });
    expect(s().exercise).toBeNull();
  });
});

describe('an exercise and the posture view in a link', () => {
  it('round-trip, an exercise still at its position', () => {
    const still = { exerciseId: 'range-of-motion-turns', playback: 'still', atMs: positionMs(5) } as const;
    const link = encodeState({ ...initialState, exercise: still });
    expect(link).toBe('?exercise=range-of-motion-turns&position=6');
    expect(decodeState(link)).toEqual({ state: { exercise: still }, notices: [] });
    // The first move is the default, left out; a playing exercise travels by its id alone.
    const playing = { exerciseId: 'craniocervical-flexion', playback: 'playing', atMs: 700 } as const;
    expect(encodeState({ ...initialState, exercise: playing })).toBe('?exercise=craniocervical-flexion');
    expect(decodeState('?exercise=craniocervical-flexion').state.exercise).toEqual({
      exerciseId: 'craniocervical-flexion',
      playback: 'still',
      atMs: positionMs(1),
    });
    expect(encodeState({ ...initialState, posture: { posture: 'forward-head-posture' } })).toBe(
      '?posture=forward-head-posture',
    );
    expect(decodeState('?posture=neutral')).toEqual({ state: { posture: { posture: 'neutral' } }, notices: [] });
  });

  it('leaves out a bad value with a notice, never throws', () => {
    expect(decodeState('?exercise=headstand')).toEqual({
      state: {},
      notices: [{ key: 'messages:link.unknownExercise', params: { value: 'headstand' } }],
    });
    expect(decodeState('?exercise=craniocervical-flexion&position=7')).toEqual({
      state: { exercise: { exerciseId: 'craniocervical-flexion', playback: 'still', atMs: positionMs(1) } },
      notices: [{ key: 'messages:link.exercisePosition', params: { value: '7', total: 3 } }],
    });
    expect(decodeState('?exercise=craniocervical-flexion&position=1e3').notices[0]?.key).toBe(
      'messages:link.exercisePosition',
    );
    expect(decodeState('?position=2')).toEqual({
      state: {},
      notices: [{ key: 'messages:link.positionWithoutExercise' }],
    });
    expect(decodeState('?posture=<script>')).toEqual({
      state: {},
      notices: [{ key: 'messages:link.unknownPosture', params: { value: '?script?' } }],
    });
  });

  it('shows one demonstration from a link that names several: a stretch, else an exercise', () => {
    const both = decodeState('?stretch=upper-trapezius&side=left&exercise=scapular-retraction&posture=neutral');
    expect(both.state.stretch).toMatchObject({ stretchId: 'upper-trapezius' });
    expect(both.state.exercise).toBeUndefined();
    expect(both.state.posture).toBeUndefined();
    expect(both.notices).toEqual([{ key: 'messages:link.oneDemonstration' }]);
    const two = decodeState('?exercise=scapular-retraction&posture=neutral');
    expect(two.state.exercise).toMatchObject({ exerciseId: 'scapular-retraction' });
    expect(two.state.posture).toBeUndefined();
  });
});

describe('the poses a demonstration reaches (what the camera frames)', () => {
  beforeEach(resetViewer);

  it("are neutral alone with none, a stretch's start and end, every position of an exercise, both postures", () => {
    expect(demonstrationReach(s())).toEqual([NEUTRAL]);
    s().startStretch('levator-scapulae', 'right', false);
    // From its first frame, not only once it has played through.
    expect(demonstrationReach(s())).toEqual([NEUTRAL, stretchPose(stretchById('levator-scapulae')!, 'right')]);
    s().startExercise('range-of-motion-turns', false);
    expect(demonstrationReach(s())).toEqual(turns.sequence);
    s().showPosture('neutral');
    expect(demonstrationReach(s())).toEqual([postures.neutral, postures['forward-head-posture']]);
  });
});
