import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launchWithDebuggingPort } from '../lib/browser';
import { median } from './node-figures';

export interface LighthouseFigures {
  /** Total blocking time, ms, median of the runs. */
  readonly totalBlockingMs: number;
  /** Performance score, 0-100, median of the runs. */
  readonly score: number;
}

/** A port nobody listens on, for the browser's remote debugging (Lighthouse drives it over CDP). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The five metrics the performance score weighs. Only these run: the rest of the category asks
 * the browser for every response body, which timed out on the 3 MB model under SwiftShader.
 */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'speed-index',
  'total-blocking-time',
  'cumulative-layout-shift',
];

/**
 * Lighthouse's desktop preset on `url`, `runs` times, in the same SwiftShader Chromium as the rest
 * of the bench (its own instance, which Lighthouse drives through the debugging port); everything
 * it loads comes from the local server.
 */
export async function lighthouseFigures(url: string, runs: number): Promise<LighthouseFigures> {
  const port = await freePort();
  const browser = await launchWithDebuggingPort(port);
  const blocking: number[] = [];
  const scores: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(
        url,
        { port, output: 'json', logLevel: 'error', onlyAudits: METRICS },
        desktopConfig,
      );
      const lhr = result?.lhr;
      const tbt = lhr?.audits['total-blocking-time']?.numericValue;
      const score = lhr?.categories.performance?.score;
      if (tbt == null || score == null) throw new Error(`Lighthouse gave no performance figures for ${url}`);
      blocking.push(tbt);
      scores.push(score * 100);
    }
  } finally {
    await browser.close();
  }
  return { totalBlockingMs: median(blocking), score: median(scores) };
}
