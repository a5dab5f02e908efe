import { launch } from '../lib/browser';
import { VIEWPORT } from './browser-figures';
import { median } from './node-figures';

/** A cold load's main-thread blocking, and how much of it the page spent inside WebGL calls. */
export interface BlockingSplit {
  /** Long tasks' time over 50 ms each, summed, from navigation until the page is quiet (ms, median). */
  readonly blockingMs: number;
  /** The same with each task's time inside WebGL calls taken out first. */
  readonly outsideWebGLMs: number;
  /** Time inside WebGL calls (context creation included) during those long tasks. */
  readonly webGLMs: number;
}

/**
 * Installed before the page's own scripts: times every call into a WebGL context (and the
 * creation of one) and records the long tasks. On a software renderer a call that needs the
 * GPU's work done (a program's link status, a pixel read back, the first context of a browser)
 * waits on the CPU for it, in the page's thread; on a GPU those calls return in moments.
 */
function recordWebGLAndLongTasks(): void {
  // No function here is bound to a name (tsx would wrap it in a helper the page does not have).
  const calls: number[] = [];
  const state = { depth: 0 };
  const record = {
    timed<T>(run: () => T): T {
      if (state.depth > 0) return run();
      state.depth++;
      const start = performance.now();
      try {
        return run();
      } finally {
        state.depth--;
        calls.push(start, performance.now());
      }
    },
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      const method: unknown = descriptor?.value;
      if (name === 'constructor' || typeof method !== 'function') continue;
      Object.defineProperty(proto, name, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          return record.timed(() => (method as (...a: unknown[]) => unknown).apply(this, args));
        },
      });
    }
  }
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const original = getContext as (...a: unknown[]) => ReturnType<typeof getContext>;
    if (!/webgl/.test(String(args[0]))) return original.apply(this, args);
    return record.timed(() => original.apply(this, args));
  } as typeof getContext;
  const tasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.startTime, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  (window as unknown as { __blocking: unknown }).__blocking = { calls, tasks };
}

/** Quiet: loaded, and no long task for the last 5 s (Lighthouse's own quiet window). */
const QUIET_MS = 5000;

/**
 * Cold loads of `url` as Lighthouse makes them: each in a browser of its own (a browser's first
 * WebGL context costs SwiftShader's start, about a second, once per browser), without the
 * "disclaimer seen" mark.
 */
export async function blockingSplit(url: string, runs: number): Promise<BlockingSplit> {
  const results: BlockingSplit[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launch();
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
    await context.addInitScript(recordWebGLAndLongTasks);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (quiet) => {
        const { tasks } = (window as unknown as { __blocking: { tasks: number[] } }).__blocking;
        const lastEnd = tasks.length ? tasks.at(-2)! + tasks.at(-1)! : 0;
        return document.querySelector('canvas') !== null && performance.now() - lastEnd > quiet;
      },
      QUIET_MS,
      { timeout: 180_000, polling: 500 },
    );
    results.push(
      await page.evaluate(() => {
        const { calls, tasks } = (window as unknown as { __blocking: { calls: number[]; tasks: number[] } }).__blocking;
        let blockingMs = 0;
        let outsideWebGLMs = 0;
        let webGLMs = 0;
        for (let t = 0; t < tasks.length; t += 2) {
          const start = tasks[t]!;
          const end = start + tasks[t + 1]!;
          let inside = 0;
          for (let c = 0; c < calls.length; c += 2)
            inside += Math.max(0, Math.min(end, calls[c + 1]!) - Math.max(start, calls[c]!));
          blockingMs += Math.max(0, end - start - 50);
          outsideWebGLMs += Math.max(0, end - start - inside - 50);
          webGLMs += inside;
        }
        return { blockingMs, outsideWebGLMs, webGLMs };
      }),
    );
    await browser.close();
  }
  const mid = (pick: (r: BlockingSplit) => number) => median(results.map(pick));
  return {
    blockingMs: mid((r) => r.blockingMs),
    outsideWebGLMs: mid((r) => r.outsideWebGLMs),
    webGLMs: mid((r) => r.webGLMs),
  };
}
