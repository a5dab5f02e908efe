import type { CheckResult } from './bench';

/**
 * The anatomy ratchet: the model's known gaps against the targets, kept as data so the suite
 * fails on any other failing check and on any listed gap that now passes. A gap is named by its
 * check number, subject and measure; its value is left out so that a better figure that still
 * misses its target does not make the list stale.
 */
export const gapKey = (r: Pick<CheckResult, 'check' | 'subject' | 'what'>): string =>
  `${r.check} | ${r.subject} | ${r.what}`;

export interface RatchetVerdict {
  /** Failing checks the list does not name: the model got worse, or a new check fails. */
  readonly regressions: readonly CheckResult[];
  /** Listed gaps whose check now passes: shrink the list. */
  readonly closed: readonly CheckResult[];
  /** Listed gaps the judge no longer produces (a renamed or removed check): drop them. */
  readonly unknown: readonly string[];
}

export function ratchet(results: readonly CheckResult[], gaps: readonly string[]): RatchetVerdict {
  const listed = new Set(gaps);
  const produced = new Set(results.map(gapKey));
  return {
    regressions: results.filter((r) => !r.pass && !listed.has(gapKey(r))),
    closed: results.filter((r) => r.pass && listed.has(gapKey(r))),
    unknown: gaps.filter((g) => !produced.has(g)),
  };
}

/** One line per result for a failure message: what, on which subject, the value beside its target. */
export const describeResult = (r: CheckResult): string =>
  `check ${r.check} ${r.subject}: ${r.what} = ${r.value} (target ${r.target})`;

/** The list a model's results allow: the listed gaps that still fail, in the judge's order. */
export function shrunk(results: readonly CheckResult[], gaps: readonly string[]): string[] {
  const listed = new Set(gaps);
  return results.filter((r) => !r.pass && listed.has(gapKey(r))).map(gapKey);
}
