import fc from 'fast-check';

// `FC_NUM_RUNS=20000 npm run test:unit` hunts for rare counterexamples before CI meets them;
// the default keeps the suite quick. A failure always prints its seed to replay it.
const runs = Number(process.env.FC_NUM_RUNS);
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs });
