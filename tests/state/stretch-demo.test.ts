import { beforeEach, describe, expect, it } from 'vitest';
import { DEMONSTRATION_MS, END_POSITION_MS, NEUTRAL, stretchPose, stretches } from '../../src/movement';
import { decodeState, demoPose, encodeState, initialState, resetViewer, useViewer } from '../../src/state';

const trapezius = stretches.find((s) => s.id === 'upper-trapezius')!;

describe('stretch demonstration in the store', () => {
  beforeEach(resetViewer);

  it('plays into the stretch, holds it and comes back, then stands still', () => {
    const s = () => useViewer.getState();
    s().startStretch('upper-trapezius', 'right', false);
    expect(demoPose(s().stretch)).toEqual(NEUTRAL);
    s().advanceStretch(END_POSITION_MS);
    expect(demoPose(s().stretch)).toEqual(stretchPose(trapezius, 'right'));
    s().pauseStretch();
    s().advanceStretch(1000);
    expect(s().stretch).toMatchObject({ playback: 'paused', atMs: END_POSITION_MS });
    s().playStretch();
    s().advanceStretch(DEMONSTRATION_MS);
    expect(s().stretch).toMatchObject({ playback: 'finished', atMs: DEMONSTRATION_MS });
    expect(demoPose(s().stretch)).toEqual(NEUTRAL);
    s().playStretch();
    expect(s().stretch).toMatchObject({ playback: 'playing', atMs: 0 });
    s().stopStretch();
    expect(s().stretch).toBeNull();
  });

  it('under reduced motion shows the end position still, and the start on request', () => {
    const s = () => useViewer.getState();
    s().startStretch('upper-trapezius', 'left', true);
    expect(demoPose(s().stretch)).toEqual(trapezius.pose);
    s().advanceStretch(500);
    expect(demoPose(s().stretch)).toEqual(trapezius.pose);
    s().showStretchStill('start');
    expect(demoPose(s().stretch)).toEqual(NEUTRAL);
  });

  it('ends when another muscle is chosen, not when the same one is chosen again', () => {
    const s = () => useViewer.getState();
    s().select({ muscleId: 'upper-trapezius', side: 'left' });
    s().startStretch('upper-trapezius', 'left', true);
    s().select({ muscleId: 'upper-trapezius', side: 'left' });
    expect(s().stretch).not.toBeNull();
    s().select({ muscleId: 'upper-trapezius', side: 'right' });
    expect(s().stretch).toBeNull();
  });

  it('ends when a tour step or a quiz question takes the screen', () => {
    const s = () => useViewer.getState();
    s().startStretch('upper-trapezius', 'left', true);
    s().startTour('jaw-and-face-pain');
    expect(s().stretch).toBeNull();
    s().startStretch('upper-trapezius', 'left', true);
    s().showQuizScreen({ selected: null, mode: 'draw', headInput: 'live', region: null, layers: s().layers });
    expect(s().stretch).toBeNull();
  });
});

describe('stretch demonstration in a link', () => {
  const shared = { ...initialState, selected: { muscleId: 'upper-trapezius', side: 'left' } as const };

  it('round-trips, shown still in its end position', () => {
    const link = encodeState({
      ...shared,
      stretch: { stretchId: 'upper-trapezius', side: 'left', playback: 'playing', atMs: 700 },
    });
    expect(link).toBe('?m=upper-trapezius&s=left&stretch=upper-trapezius&side=left');
    expect(decodeState(link)).toEqual({
      state: {
        selected: { muscleId: 'upper-trapezius', side: 'left' },
        stretch: { stretchId: 'upper-trapezius', side: 'left', playback: 'still', atMs: END_POSITION_MS },
      },
      notices: [],
    });
  });

  it('selects the stretched muscle when the link names only the stretch', () => {
    expect(decodeState('?stretch=levator-scapulae&side=right').state.selected).toEqual({
      muscleId: 'levator-scapulae',
      side: 'right',
    });
  });

  it('leaves out an unknown stretch or side with the usual notice', () => {
    expect(decodeState('?stretch=neck-crack&side=left')).toEqual({
      state: {},
      notices: [{ key: 'messages:link.unknownStretch', params: { value: 'neck-crack' } }],
    });
    for (const link of ['?stretch=upper-trapezius', '?stretch=upper-trapezius&side=up', '?side=left'])
      expect(decodeState(link)).toEqual({ state: {}, notices: [{ key: 'messages:link.stretchSide' }] });
  });
});
