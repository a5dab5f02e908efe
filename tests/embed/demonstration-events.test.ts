import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shownDemonstrations, watchViewer, type ViewerEvent } from '../../src/embed/events';
import { handleMessage } from '../../src/embed/handler';
import {
  decodeState,
  initialModelStatus,
  resetViewer,
  startPoseGuard,
  useModelStatus,
  useViewer,
} from '../../src/state';
import { getTour } from '../../src/tours';

const v = () => useViewer.getState();
let events: ViewerEvent[] = [];
let stop = () => {};
/** The stretch and exercise events posted so far, leaving out the selection and tour ones. */
const demonstrations = () => events.filter((e) => e.type === 'htp:stretch' || e.type === 'htp:exercise');

const noStretch = { type: 'htp:stretch', stretchId: null, side: null, muscles: [] };
const noExercise = { type: 'htp:exercise', exerciseId: null };

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ ...initialModelStatus });
  events = [];
  stop = watchViewer((e) => events.push(e));
});
afterEach(() => stop());

describe('events to the embedding page: a stretch or an exercise starts and stops', () => {
  it('tells a stretch the page started and stopped, once each, however it plays between', () => {
    handleMessage({ type: 'htp:start-stretch', stretchId: 'levator-scapulae', side: 'right' });
    v().advanceStretch(500);
    v().pauseStretch();
    v().playStretch();
    v().showStretchStill('end');
    v().advanceStretch(60_000);
    handleMessage({ type: 'htp:stop-stretch' });
    expect(demonstrations()).toEqual([
      { type: 'htp:stretch', stretchId: 'levator-scapulae', side: 'right', muscles: ['levator-scapulae'] },
      noStretch,
    ]);
    // The selection the stretch brought came as its own event.
    expect(events[0]).toMatchObject({ type: 'htp:selection', muscleId: 'levator-scapulae', side: 'right' });
  });

  it("tells a stretch the user started from the panel's button, and the same stretch on the other side", () => {
    // What "Show the stretch" does (src/ui/stretch/StretchDemo.tsx).
    v().startStretch('scalenes', 'left', false);
    v().startStretch('scalenes', 'left', true);
    v().startStretch('scalenes', 'right', false);
    expect(demonstrations()).toEqual([
      { type: 'htp:stretch', stretchId: 'scalenes', side: 'left', muscles: expect.arrayContaining(['scalene-middle']) },
      {
        type: 'htp:stretch',
        stretchId: 'scalenes',
        side: 'right',
        muscles: expect.arrayContaining(['scalene-middle']),
      },
    ]);
  });

  it("tells a tour step's stretch, and its end when the next step moves on", () => {
    const neck = getTour('neck-pain-and-headaches')!;
    const step = neck.steps.findIndex((s) => s.stretch);
    v().startTour(neck.id, step);
    v().showTourStep(step + 1);
    expect(demonstrations()).toEqual([
      {
        type: 'htp:stretch',
        stretchId: neck.steps[step]!.stretch!.id,
        side: neck.steps[step]!.stretch!.side,
        muscles: expect.any(Array),
      },
      noStretch,
    ]);
  });

  it('tells an exercise in the same shape; starting one ends the stretch, and both ends are told', () => {
    v().startStretch('upper-trapezius', 'left', false);
    v().startExercise('craniocervical-flexion', false);
    v().advanceExercise(3000);
    v().showExerciseStill(2);
    v().stopExercise();
    expect(demonstrations()).toEqual([
      { type: 'htp:stretch', stretchId: 'upper-trapezius', side: 'left', muscles: ['upper-trapezius'] },
      noStretch,
      { type: 'htp:exercise', exerciseId: 'craniocervical-flexion' },
      noExercise,
    ]);
  });

  it('tells the end of a stretch a model without joints ends', () => {
    const guard = startPoseGuard();
    v().startStretch('upper-trapezius', 'left', false);
    useModelStatus.setState({ phase: 'ready', posable: false });
    guard();
    expect(demonstrations()).toEqual([
      { type: 'htp:stretch', stretchId: 'upper-trapezius', side: 'left', muscles: ['upper-trapezius'] },
      noStretch,
    ]);
  });

  it("describes what a frame's link opened, for right after htp:ready; nothing when nothing is shown", () => {
    expect(shownDemonstrations(v())).toEqual([]);
    const linked = decodeState('?stretch=upper-trapezius&side=left');
    useViewer.setState(linked.state);
    expect(shownDemonstrations(v())).toEqual([
      { type: 'htp:stretch', stretchId: 'upper-trapezius', side: 'left', muscles: ['upper-trapezius'] },
    ]);
    resetViewer();
    useViewer.setState(decodeState('?exercise=scapular-retraction&position=2').state);
    expect(shownDemonstrations(v())).toEqual([{ type: 'htp:exercise', exerciseId: 'scapular-retraction' }]);
  });
});
