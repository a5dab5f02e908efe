import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files whose few tests take far longer than their size suggests, slowest first. Without timings
 * from an earlier run (a fresh clone) vitest starts the largest files first, so the model
 * rebuild of `stale.test.ts`, a short file, would start last and leave the other worker idle.
 */
const SLOW = ['tests/model/stale.test.ts', 'tests/model/skin.test.ts'];

const rank = (file: TestSpecification): number => {
  const i = SLOW.findIndex((s) => file.moduleId.replaceAll('\\', '/').endsWith(s));
  return i < 0 ? SLOW.length : i;
};

/** Vitest's own order (failed, then slow, then large first), with the known slow files put ahead of it. */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
