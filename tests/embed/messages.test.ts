import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/embed/messages';

describe('embed message schema', () => {
  it.each([
    { type: 'htp:select', muscleId: 'upper-trapezius', side: 'left' },
    { type: 'htp:select', muscleId: null },
    { type: 'htp:select', muscleId: 'temporalis', side: 'right', view: 'three-quarter-right', requestId: 'a1' },
    { type: 'htp:start-tour', tourId: 'neck-pain-and-headaches' },
    { type: 'htp:start-tour', tourId: 'jaw-and-face-pain', step: 7 },
    { type: 'htp:end-tour' },
    { type: 'htp:lookup', point: [0.06, 0.03, 0.03], requestId: 3 },
    { type: 'htp:lookup', regionId: 'temple', side: 'left', requestId: 'q' },
    { type: 'htp:set-mode', mode: 'regions' },
  ])('accepts %j', (data) => {
    expect(parseMessage(data).ok).toBe(true);
  });

  it.each([
    ['not an object', 'htp:select'],
    ['null', null],
    ['no type', { muscleId: 'temporalis' }],
    ['unknown type', { type: 'htp:explode' }],
    ['unknown muscle', { type: 'htp:select', muscleId: 'spleen', side: 'left' }],
    ['bad side', { type: 'htp:select', muscleId: 'temporalis', side: 'up' }],
    ['unknown view', { type: 'htp:select', muscleId: 'temporalis', view: 'under' }],
    ['unknown tour', { type: 'htp:start-tour', tourId: 'nope' }],
    ['step 0', { type: 'htp:start-tour', tourId: 'neck-pain-and-headaches', step: 0 }],
    ['step past the end', { type: 'htp:start-tour', tourId: 'jaw-and-face-pain', step: 8 }],
    ['fractional step', { type: 'htp:start-tour', tourId: 'jaw-and-face-pain', step: 1.5 }],
    ['point and region', { type: 'htp:lookup', point: [0, 0, 0], regionId: 'temple' }],
    ['neither point nor region', { type: 'htp:lookup' }],
    ['short point', { type: 'htp:lookup', point: [0, 0] }],
    ['point in millimetres', { type: 'htp:lookup', point: [60, 30, 30] }],
    ['non-finite point', { type: 'htp:lookup', point: [Number.NaN, 0, 0] }],
    ['unknown region', { type: 'htp:lookup', regionId: 'elbow' }],
    ['unknown mode', { type: 'htp:set-mode', mode: 'fly' }],
  ])('rejects %s', (_what, data) => {
    expect(parseMessage(data).ok).toBe(false);
  });

  it('keeps a well-formed requestId for the error reply, and nothing else of the data', () => {
    const r = parseMessage({ type: 'htp:select', muscleId: '<script>', side: 'left', requestId: 'r7' });
    expect(r).toMatchObject({ ok: false, requestId: 'r7' });
    if (!r.ok) expect(r.error).not.toContain('<script>');
    expect(parseMessage({ type: 'htp:select', requestId: { evil: true } })).toMatchObject({
      ok: false,
      requestId: undefined,
    });
    expect(parseMessage({ type: 'htp:select', requestId: 'x'.repeat(500) })).toMatchObject({
      ok: false,
      requestId: undefined,
    });
  });
});
