import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messageListener, type PostTarget } from '../../src/embed/bridge';
import { handleMessage } from '../../src/embed/handler';
import { messageTypes, parseMessage } from '../../src/embed/messages';
import { resetViewer, useViewer } from '../../src/state';

beforeEach(resetViewer);

/**
 * A message's `type` comes from any page that embeds the viewer. Names that every JavaScript
 * object inherits must read as unknown types like any other, not as schemas.
 */
const inheritedNames = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];

describe('message types named like inherited properties', () => {
  it.each(inheritedNames)('"%s" is an unknown type, answered with htp:error', (type) => {
    expect(parseMessage({ type, requestId: 'r1' })).toEqual({
      ok: false,
      requestId: 'r1',
      error: 'unknown message type',
    });
    expect(handleMessage({ type, requestId: 'r1' })).toEqual({
      type: 'htp:error',
      requestId: 'r1',
      message: 'unknown message type',
    });
  });

  it.each(inheritedNames)('"%s" reaches the embedding page as htp:error through the listener', (type) => {
    const parent: PostTarget = { postMessage: vi.fn() };
    messageListener(parent, { parentOrigin: null, api: true })({
      data: { type, requestId: 7 },
      origin: 'https://clinic.example',
      source: parent,
    });
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'htp:error', requestId: 7, message: 'unknown message type' },
      'https://clinic.example',
    );
  });

  it('changes nothing on screen', () => {
    const before = useViewer.getState();
    for (const type of inheritedNames) handleMessage({ type, requestId: 1, muscleId: 'temporalis', mode: 'draw' });
    expect(useViewer.getState().selected).toEqual(before.selected);
    expect(useViewer.getState().mode).toEqual(before.mode);
  });
});

describe('any message type a page may send', () => {
  const anyType = fc.oneof(
    fc.constantFrom(...inheritedNames, ...messageTypes),
    fc.string(),
    fc.string({ unit: 'binary' }),
  );
  const anyMessage = fc.record(
    { type: anyType, requestId: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()) },
    { requiredKeys: ['type'] },
  );

  it('never throws, and a type the API does not have is answered with htp:error when it can be paired', () => {
    fc.assert(
      fc.property(anyMessage, (data) => {
        const reply = handleMessage(data);
        if ((messageTypes as readonly string[]).includes(data.type)) return;
        if (data.requestId === undefined) expect(reply).toBeNull();
        else expect(reply).toEqual({ type: 'htp:error', requestId: data.requestId, message: 'unknown message type' });
      }),
    );
  });
});
