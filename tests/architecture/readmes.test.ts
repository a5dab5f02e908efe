import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * A newcomer finds a README in every folder of the code, the tests, the scripts and the model's
 * generator: what the folder holds and how it fits. Folders are the ones git tracks files in, so
 * ignored output (builds, the browser tests' pictures) does not count.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const TOP = ['src', 'tests', 'scripts', 'models'];

describe('folder READMEs', () => {
  it('every tracked folder of src, tests, scripts and models has a README.md', () => {
    const files = execFileSync('git', ['ls-files', '-z', ...TOP], { cwd: root, encoding: 'utf8' }).split('\0');
    const folders = new Set(files.filter(Boolean).map((f) => dirname(f)));
    expect(folders.size).toBeGreaterThan(TOP.length);
    const missing = [...folders].filter((d) => !existsSync(join(root, d, 'README.md'))).sort();
    expect(missing).toEqual([]);
  });
});
