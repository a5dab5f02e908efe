import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, NO_JOINTS_ERROR } from '../../src/embed/handler';
import { messageTypes, parseMessage } from '../../src/embed/messages';
import { END_POSITION_MS } from '../../src/movement';
import {
  initialModelStatus,
  NO_JOINTS_NOTICE,
  resetViewer,
  stretchViewFor,
  useModelStatus,
  useViewer,
} from '../../src/state';

const v = () => useViewer.getState();

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ ...initialModelStatus });
});
afterEach(() => vi.unstubAllGlobals());

describe('embed: starting and stopping a stretch', () => {
  it('plays a stretch beside its muscle, selected on that side', () => {
    expect(handleMessage({ type: 'htp:start-stretch', stretchId: 'levator-scapulae', side: 'right' })).toBeNull();
    expect(v().selected).toEqual({ muscleId: 'levator-scapulae', side: 'right' });
    expect(v().stretch).toEqual({ stretchId: 'levator-scapulae', side: 'right', playback: 'playing', atMs: 0 });
  });

  it("turns the head to where the muscle and the movement show, as the viewer's own button does", () => {
    v().showView('front');
    handleMessage({ type: 'htp:start-stretch', stretchId: 'upper-trapezius', side: 'left' });
    expect(v().view).toBe('back');
    expect(v().view).toBe(stretchViewFor('upper-trapezius', 'left'));
    // The page may turn it elsewhere after: the same muscle selected with a view keeps the stretch.
    handleMessage({ type: 'htp:select', muscleId: 'upper-trapezius', side: 'left', view: 'left' });
    expect(v().view).toBe('left');
    expect(v().stretch?.stretchId).toBe('upper-trapezius');
    // The muscle kept selected decides it: the middle scalene is seen from behind, the anterior
    // scalene (the stretch's first muscle) from the three-quarter front.
    handleMessage({ type: 'htp:start-stretch', stretchId: 'scalenes', side: 'left' });
    expect(v().view).toBe(stretchViewFor('scalene-anterior', 'left'));
    v().select({ muscleId: 'scalene-middle', side: 'left' });
    handleMessage({ type: 'htp:start-stretch', stretchId: 'scalenes', side: 'left' });
    expect(v().view).toBe(stretchViewFor('scalene-middle', 'left'));
    expect(stretchViewFor('scalene-middle', 'left')).not.toBe(stretchViewFor('scalene-anterior', 'left'));
  });

  it('keeps a selected muscle the stretch lengthens, and shows it still when asked', () => {
    v().select({ muscleId: 'scalene-middle', side: 'left' });
    handleMessage({ type: 'htp:start-stretch', stretchId: 'scalenes', side: 'left', still: true });
    expect(v().selected).toEqual({ muscleId: 'scalene-middle', side: 'left' });
    expect(v().stretch).toMatchObject({ stretchId: 'scalenes', playback: 'still', atMs: END_POSITION_MS });
  });

  it("is still when the user's system asks for less motion, whatever the page asked", () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    handleMessage({ type: 'htp:start-stretch', stretchId: 'upper-trapezius', side: 'left', still: false });
    expect(v().stretch?.playback).toBe('still');
  });

  it('stops it, and stopping with none shown changes nothing', () => {
    handleMessage({ type: 'htp:start-stretch', stretchId: 'upper-trapezius', side: 'left' });
    expect(handleMessage({ type: 'htp:stop-stretch', requestId: 1 })).toBeNull();
    expect(v().stretch).toBeNull();
    expect(v().selected).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    expect(handleMessage({ type: 'htp:stop-stretch' })).toBeNull();
    expect(v().stretch).toBeNull();
  });

  it.each([
    [{ stretchId: 'no-such-stretch', side: 'left' }, 'stretchId: unknown stretch'],
    // A muscle with no stretch the model shows is not a stretch id.
    [{ stretchId: 'lateral-pterygoid', side: 'left' }, 'stretchId: unknown stretch'],
    [{ stretchId: '__proto__', side: 'left' }, 'stretchId: unknown stretch'],
    [{ stretchId: 'upper-trapezius', side: 'middle' }, 'side:'],
    [{ stretchId: 'upper-trapezius' }, 'side:'],
    [{ side: 'left' }, 'stretchId:'],
    [{ stretchId: 'upper-trapezius', side: 'left', still: 'yes' }, 'still:'],
    [{ stretchId: 42, side: 'left' }, 'stretchId:'],
    [{ stretchId: 'x'.repeat(5000), side: 'left' }, 'stretchId:'],
  ])('refuses %j with an htp:error reply and changes nothing', (fields, error) => {
    const reply = handleMessage({ type: 'htp:start-stretch', requestId: 'r1', ...fields });
    expect(reply).toMatchObject({ type: 'htp:error', requestId: 'r1' });
    expect((reply as { message: string }).message.startsWith(error)).toBe(true);
    expect(v().stretch).toBeNull();
    expect(v().selected).toBeNull();
    // Without a requestId a bad message is ignored silently.
    expect(handleMessage({ type: 'htp:start-stretch', ...fields })).toBeNull();
  });

  it('refuses on a model without joints: an htp:error reply, the notice, nothing selected', () => {
    useModelStatus.setState({ phase: 'ready', posable: false });
    const reply = handleMessage({
      type: 'htp:start-stretch',
      requestId: 7,
      stretchId: 'upper-trapezius',
      side: 'left',
    });
    expect(reply).toEqual({ type: 'htp:error', requestId: 7, message: NO_JOINTS_ERROR });
    expect(v().stretch).toBeNull();
    expect(v().selected).toBeNull();
    expect(v().notices).toEqual([NO_JOINTS_NOTICE]);
    expect(handleMessage({ type: 'htp:start-stretch', stretchId: 'upper-trapezius', side: 'left' })).toBeNull();
    expect(v().notices).toEqual([NO_JOINTS_NOTICE]);
  });

  it('lists the two messages among the known types', () => {
    expect(messageTypes).toContain('htp:start-stretch');
    expect(messageTypes).toContain('htp:stop-stretch');
    expect(parseMessage({ type: 'htp:stop-stretch', extra: 1 }).ok).toBe(true);
  });
});
