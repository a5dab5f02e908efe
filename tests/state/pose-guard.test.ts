import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { END_POSITION_MS } from '../../src/movement';
import {
  decodeState,
  initialModelStatus,
  NO_JOINTS_NOTICE,
  resetViewer,
  startPoseGuard,
  useModelStatus,
  useViewer,
} from '../../src/state';
import { tourStepStretch } from '../../src/state/tour-player';
import { getTour } from '../../src/tours';

const neck = getTour('neck-pain-and-headaches')!;
const stretchStep = neck.steps.findIndex((s) => s.stretch);
const plainStep = neck.steps.findIndex((s) => !s.stretch);
const v = () => useViewer.getState();
const reduceMotion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }));
const modelReady = (posable: boolean) => useModelStatus.setState({ phase: 'ready', posable });

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ ...initialModelStatus });
});
afterEach(() => vi.unstubAllGlobals());

describe('a tour step that plays a stretch', () => {
  it('exists in the neck tour, after a step without one', () => {
    expect(stretchStep).toBeGreaterThan(0);
    expect(plainStep).toBe(0);
    expect(tourStepStretch(neck.id, stretchStep)).toEqual(neck.steps[stretchStep]!.stretch);
    expect(tourStepStretch('no-such-tour', 0)).toBeNull();
  });

  it('plays its stretch from neutral; stepping away to a step without one stops it', () => {
    reduceMotion(false);
    const step = neck.steps[stretchStep]!;
    v().startTour(neck.id, stretchStep);
    expect(v().selected).toEqual({ muscleId: step.muscleId, side: step.side });
    expect(v().stretch).toEqual({
      stretchId: step.stretch!.id,
      side: step.stretch!.side,
      playback: 'playing',
      atMs: 0,
    });
    v().showTourStep(stretchStep - 1);
    expect(v().stretch).toBeNull();
    // Back to it plays it again; ending the tour leaves the last step's screen, stretch included.
    v().showTourStep(stretchStep);
    expect(v().stretch?.playback).toBe('playing');
    v().endTour();
    expect(v().stretch?.playback).toBe('playing');
  });

  it('under reduced motion shows the end position still', () => {
    reduceMotion(true);
    v().startTour(neck.id, stretchStep);
    expect(v().stretch).toMatchObject({ playback: 'still', atMs: END_POSITION_MS });
  });

  it('a step without a stretch still ends one shown before it', () => {
    v().startStretch('upper-trapezius', 'left', false);
    v().startTour(neck.id, plainStep);
    expect(v().stretch).toBeNull();
  });

  it('on a model without joints does not start it, and says so once', () => {
    modelReady(false);
    v().startTour(neck.id, stretchStep);
    expect(v().stretch).toBeNull();
    expect(v().tour?.step).toBe(stretchStep);
    v().showTourStep(stretchStep);
    expect(v().notices).toEqual([NO_JOINTS_NOTICE]);
  });

  it('opens still from a hand-made step link; a link that names its own stretch, or none, wins', () => {
    const step = neck.steps[stretchStep]!;
    const linked = decodeState(`?tour=${neck.id}&step=${stretchStep + 1}`);
    expect(linked.notices).toEqual([]);
    expect(linked.state.stretch).toEqual({
      stretchId: step.stretch!.id,
      side: step.stretch!.side,
      playback: 'still',
      atMs: END_POSITION_MS,
    });
    const own = decodeState(`?tour=${neck.id}&step=${stretchStep + 1}&stretch=scalenes&side=right`);
    expect(own.state.stretch).toMatchObject({ stretchId: 'scalenes', side: 'right' });
    // A link the viewer wrote after the stretch was stopped says the view, and shows none.
    expect(decodeState(`?tour=${neck.id}&step=${stretchStep + 1}&v=back`).state.stretch).toBeUndefined();
    expect(decodeState(`?tour=${neck.id}&step=${plainStep + 1}`).state.stretch).toBeUndefined();
  });
});

describe('the pose guard: a model without joints shows no stretch, exercise or posture', () => {
  it('ends a stretch a link asked for once the model turns out to have no joints, with one notice', () => {
    const stop = startPoseGuard();
    try {
      v().openLink(decodeState('?stretch=upper-trapezius&side=left').state);
      // While the model loads nothing is known: the stretch waits.
      expect(v().stretch).not.toBeNull();
      modelReady(false);
      expect(v().stretch).toBeNull();
      expect(v().notices).toEqual([NO_JOINTS_NOTICE]);
      // Asked again (the panel, a message): ended again, the notice not repeated.
      v().startStretch('scalenes', 'right', true);
      expect(v().stretch).toBeNull();
      expect(v().notices).toEqual([NO_JOINTS_NOTICE]);
    } finally {
      stop();
    }
  });

  it('ends an exercise or the posture view on such a model too, with the same notice', () => {
    const stop = startPoseGuard();
    try {
      modelReady(false);
      v().startExercise('craniocervical-flexion', true);
      expect(v().exercise).toBeNull();
      v().showPosture('forward-head-posture');
      expect(v().posture).toBeNull();
      expect(v().notices).toEqual([NO_JOINTS_NOTICE]);
    } finally {
      stop();
    }
  });

  it('leaves a stretch alone on a model with joints, and stops watching when told', () => {
    const stop = startPoseGuard();
    modelReady(true);
    v().startStretch('upper-trapezius', 'left', false);
    expect(v().stretch).not.toBeNull();
    stop();
    modelReady(false);
    expect(v().stretch).not.toBeNull();
    expect(v().notices).toEqual([]);
  });
});
