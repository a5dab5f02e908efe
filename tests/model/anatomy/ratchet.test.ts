import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../scripts/lib/anatomy/judge';
import { gapKey, ratchet, shrunk } from '../../../scripts/lib/anatomy/ratchet';

const result = (check: number, subject: string, pass: boolean): CheckResult => ({
  check,
  what: 'volume cm3',
  subject,
  value: '1.0',
  target: '2-3',
  pass,
});

describe('the anatomy ratchet', () => {
  const results = [result(1, 'masseter left', false), result(1, 'masseter right', true), result(6, 'levator', false)];
  const listed = [gapKey(results[0]!), gapKey(results[1]!), '9 | gone | tendon share'];
  const verdict = ratchet(results, listed);

  it('names a failing check the list does not hold', () => {
    expect(verdict.regressions).toEqual([results[2]]);
  });

  it('names a listed check that passes now, and a listed check the judge no longer makes', () => {
    expect(verdict.closed).toEqual([results[1]]);
    expect(verdict.unknown).toEqual(['9 | gone | tendon share']);
  });

  it('shrinks the list to the listed checks that still fail, never adding one', () => {
    expect(shrunk(results, listed)).toEqual(['1 | masseter left | volume cm3']);
  });
});
