import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messageListener, type PostTarget } from '../../src/embed/bridge';
import { watchViewer, type ViewerEvent } from '../../src/embed/events';
import { handleMessage } from '../../src/embed/handler';
import {
  examinedGroupOf,
  getMuscle,
  getPainRegion,
  musclesForRegion,
  musclesReferringTo,
  regionCentre,
  scoreBand,
  scoreBands,
} from '../../src/mapping';
import { resetViewer, useViewer } from '../../src/state';

beforeEach(resetViewer);

describe('embed message handler', () => {
  it('selects a muscle and side, and turns the camera when asked', () => {
    expect(
      handleMessage({ type: 'htp:select', muscleId: 'upper-trapezius', side: 'right', view: 'three-quarter-right' }),
    ).toBeNull();
    expect(useViewer.getState().selected).toEqual({ muscleId: 'upper-trapezius', side: 'right' });
    expect(useViewer.getState().view).toBe('three-quarter-right');
    handleMessage({ type: 'htp:select', muscleId: null });
    expect(useViewer.getState().selected).toBeNull();
  });

  it('starts a tour at a 1-based step, and ends it', () => {
    handleMessage({ type: 'htp:start-tour', tourId: 'neck-pain-and-headaches', step: 4 });
    expect(useViewer.getState().tour).toEqual({ tourId: 'neck-pain-and-headaches', step: 3 });
    expect(useViewer.getState().selected?.muscleId).toBe('splenius-capitis');
    handleMessage({ type: 'htp:start-tour', tourId: 'jaw-and-face-pain' });
    expect(useViewer.getState().tour).toEqual({ tourId: 'jaw-and-face-pain', step: 0 });
    handleMessage({ type: 'htp:end-tour' });
    expect(useViewer.getState().tour).toBeNull();
  });

  it("answers a point lookup with the mapping module's ranked candidates", () => {
    const temple = regionCentre(getPainRegion('temple')!, 'left');
    const reply = handleMessage({ type: 'htp:lookup', point: temple, requestId: 42 });
    const expected = musclesReferringTo(temple);
    expect(expected.length).toBeGreaterThan(1);
    expect(reply).toEqual({
      type: 'htp:lookup-result',
      requestId: 42,
      candidates: expected.map((c) => ({
        muscleId: c.muscleId,
        side: c.side,
        name: getMuscle(c.muscleId)!.name,
        level: c.level,
        score: c.score,
        band: scoreBand(c.score),
        share: null,
        group: ((g) => (g ? { id: g.id, name: g.name } : null))(examinedGroupOf(c.muscleId)),
      })),
    });
  });

  it('names the group a suboccipital is listed under, and words its match as the viewer does', () => {
    const reply = handleMessage({ type: 'htp:lookup', regionId: 'base-of-the-skull', side: 'left', requestId: 1 });
    if (reply?.type !== 'htp:lookup-result') throw new Error(`no lookup result: ${JSON.stringify(reply)}`);
    const rcpMajor = reply.candidates.find((c) => c.muscleId === 'rectus-capitis-posterior-major');
    expect(rcpMajor?.group).toEqual({ id: 'suboccipital-muscles', name: 'Suboccipital muscles' });
    expect(reply.candidates.filter((c) => c.group === null).length).toBeGreaterThan(0);
    for (const c of reply.candidates) expect(c.band).toBe(scoreBand(c.score));
    // Bands fall as the ranking does: a later candidate never reads stronger than an earlier one.
    const rank = reply.candidates.map((c) => scoreBands.indexOf(c.band));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it("answers a region lookup with the mapping module's ranked candidates", () => {
    const reply = handleMessage({ type: 'htp:lookup', regionId: 'temple', side: 'left', requestId: 'temple?' });
    const expected = musclesForRegion('temple', 'left');
    expect(reply?.type).toBe('htp:lookup-result');
    if (reply?.type !== 'htp:lookup-result') return;
    expect(reply.requestId).toBe('temple?');
    expect(reply.candidates.map((c) => [c.muscleId, c.side, c.level, c.share])).toEqual(
      expected.map((c) => [c.muscleId, c.side, c.level, c.share]),
    );
    expect(reply.candidates.map((c) => c.muscleId)).toContain('temporalis');
  });

  it('ignores a malformed message, answering with an error only when it carried a requestId', () => {
    const before = useViewer.getState();
    expect(handleMessage({ type: 'htp:select', muscleId: 'spleen', side: 'left' })).toBeNull();
    expect(handleMessage('hello')).toBeNull();
    expect(handleMessage({ type: 'htp:start-tour', tourId: 'nope', requestId: 'r1' })).toMatchObject({
      type: 'htp:error',
      requestId: 'r1',
    });
    expect(handleMessage({ type: 'htp:warp', requestId: 9 })).toEqual({
      type: 'htp:error',
      requestId: 9,
      message: 'unknown message type',
    });
    expect(useViewer.getState().selected).toBe(before.selected);
    expect(useViewer.getState().tour).toBeNull();
  });

  it('changes the mode', () => {
    handleMessage({ type: 'htp:set-mode', mode: 'regions' });
    expect(useViewer.getState().mode).toBe('regions');
  });
});

describe('the message listener', () => {
  const parentPage = () => ({ postMessage: vi.fn<PostTarget['postMessage']>() });
  const lookupTemple = { type: 'htp:lookup', regionId: 'temple', side: 'left', requestId: 1 };

  it("replies to the embedding page at the sender's origin", () => {
    const parent = parentPage();
    messageListener(parent, { parentOrigin: null, api: true })({
      data: lookupTemple,
      origin: 'https://clinic.example',
      source: parent,
    });
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    expect(parent.postMessage.mock.calls[0]![1]).toBe('https://clinic.example');
    expect(parent.postMessage.mock.calls[0]![0]).toMatchObject({ type: 'htp:lookup-result', requestId: 1 });
  });

  it('obeys only parentOrigin when it is given', () => {
    const parent = parentPage();
    const listen = messageListener(parent, { parentOrigin: 'https://clinic.example', api: true });
    listen({
      data: { type: 'htp:select', muscleId: 'temporalis', side: 'left' },
      origin: 'https://evil.example',
      source: parent,
    });
    listen({ data: lookupTemple, origin: 'https://evil.example', source: parent });
    expect(useViewer.getState().selected).toBeNull();
    expect(parent.postMessage).not.toHaveBeenCalled();
    listen({
      data: { type: 'htp:select', muscleId: 'temporalis', side: 'left' },
      origin: 'https://clinic.example',
      source: parent,
    });
    expect(useViewer.getState().selected).toEqual({ muscleId: 'temporalis', side: 'left' });
  });

  it('ignores other windows, and everything when the API is shut', () => {
    const parent = parentPage();
    const stranger = parentPage();
    messageListener(parent, { parentOrigin: null, api: true })({
      data: lookupTemple,
      origin: 'https://clinic.example',
      source: stranger,
    });
    messageListener(parent, { parentOrigin: null, api: false })({
      data: lookupTemple,
      origin: 'https://clinic.example',
      source: parent,
    });
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(stranger.postMessage).not.toHaveBeenCalled();
  });

  it('sends no reply to an opaque origin, which cannot be addressed', () => {
    const parent = parentPage();
    messageListener(parent, { parentOrigin: null, api: true })({ data: lookupTemple, origin: 'null', source: parent });
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});

describe('events to the embedding page', () => {
  it('tells every selection change and tour step, whatever made it', () => {
    const events: ViewerEvent[] = [];
    const stop = watchViewer((e) => events.push(e));
    useViewer.getState().select({ muscleId: 'temporalis', side: 'right' });
    useViewer.getState().startTour('neck-pain-and-headaches', 1);
    useViewer.getState().endTour();
    stop();
    useViewer.getState().select(null);
    expect(events).toEqual([
      { type: 'htp:selection', muscleId: 'temporalis', side: 'right', name: 'Temporalis' },
      {
        type: 'htp:selection',
        muscleId: 'sternocleidomastoid-sternal',
        side: 'left',
        name: getMuscle('sternocleidomastoid-sternal')!.name,
      },
      { type: 'htp:tour-step', tourId: 'neck-pain-and-headaches', step: 2, steps: 10, stepId: 'scm-sternal' },
      { type: 'htp:tour-step', tourId: null, step: null, steps: null, stepId: null },
    ]);
  });
});
