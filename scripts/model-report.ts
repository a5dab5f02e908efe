import { fileURLToPath } from 'node:url';
import { evaluate, type CheckResult } from './lib/anatomy/judge';
import { readModel } from './model-report/read-model';

/**
 * Prints how a model measures against the anatomy targets (`scripts/lib/anatomy/targets.ts`,
 * issue 10): per target row and side, per muscle node, then bones, skin, materials, coverage and
 * budgets, each figure beside its target with pass or FAIL, and a count per check.
 * Usage: `npx tsx scripts/model-report.ts [model.glb] [--failures]` (default the committed
 * model; `--failures` lists only what fails). Exits 0: it reports, `tests/model/anatomy.test.ts` judges.
 */
const args = process.argv.slice(2);
const path =
  args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../models/head-neck.glb', import.meta.url));
const onlyFailures = args.includes('--failures');

const checkNames: Record<number, string> = {
  1: 'volume band',
  2: 'belly thickness',
  3: 'strap sections and sheet shape',
  4: 'no self-folding',
  5: 'interpenetration',
  6: 'contact',
  7: 'fibre direction',
  8: 'surface quality',
  9: 'materials and tendons',
  10: 'coverage',
  11: 'budgets',
};

const started = Date.now();
const model = await readModel(path);
const { figures, results } = evaluate(model);
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const mark = (r: CheckResult): string => (r.pass ? 'pass' : 'FAIL');

console.log(`Anatomy report for ${path}`);
console.log(
  `${model.meshes.size} meshes, ${model.triangles} triangles, ${model.bytes} bytes; measured in ${seconds} s\n`,
);

console.log('Per muscle node (figures; targets and verdicts follow by check)');
console.log(
  [
    pad('muscle', 42),
    pad('vol cm3', 8),
    pad('thick', 6),
    pad('sect min/max', 13),
    pad('fold', 5),
    pad('in muscle mm/%', 15),
    pad('in bone', 8),
    pad('out skin', 9),
    pad('near/far %', 11),
    pad('fibres', 7),
    'tendon',
  ].join(' '),
);
for (const f of figures.values()) {
  const areas = f.sections.map((s) => s?.area ?? 0);
  const ratio = areas.length && Math.max(...areas) > 0 ? (Math.min(...areas) / Math.max(...areas)).toFixed(2) : '-';
  console.log(
    [
      pad(f.muscle.node, 42),
      pad(f.volumeCm3.toFixed(1), 8),
      pad(f.thicknessMm.toFixed(1), 6),
      pad(ratio, 13),
      pad(f.foldRatio.toFixed(2), 5),
      pad(`${f.intoMuscle.maxDepth.toFixed(1)}/${(100 * f.intoMuscle.share).toFixed(0)}`, 15),
      pad(f.intoBone.maxDepth.toFixed(1), 8),
      pad(String(f.outsideSkin.count), 9),
      pad(`${(100 * f.contact.touching).toFixed(0)}/${(100 * f.contact.floating).toFixed(0)}`, 11),
      pad(f.fibreShare === null ? '-' : (100 * f.fibreShare).toFixed(0), 7),
      f.tendonShare === null ? '-' : (100 * f.tendonShare).toFixed(0),
    ].join(' '),
  );
}

for (const check of Object.keys(checkNames).map(Number)) {
  const mine = results.filter((r) => r.check === check);
  const failed = mine.filter((r) => !r.pass).length;
  console.log(`\n${check}. ${checkNames[check]}: ${mine.length - failed} pass, ${failed} fail`);
  for (const r of mine) {
    if (onlyFailures && r.pass) continue;
    console.log(`  ${mark(r)}  ${pad(r.subject, 52)} ${pad(r.what, 48)} ${pad(r.value, 28)} target ${r.target}`);
  }
}

const failed = results.filter((r) => !r.pass).length;
console.log(`\n${results.length - failed} of ${results.length} checks pass, ${failed} fail (${seconds} s)`);
