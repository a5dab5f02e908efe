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
  /** Of it, time inside the calls that compile or link a program or ask after one (`PROGRAM_CALLS`). */
  readonly programMs: number;
  /**
   * Whether the browser's WebGL offers KHR_parallel_shader_compile. Without it three's
   * compileAsync cannot ask whether a program is ready without waiting for it, and the page's
   * thread waits while the programs compile; with it (Chromium on a GPU) it polls and goes on.
   */
  readonly parallelCompile: boolean;
}

/** WebGL calls that compile or link a program, or ask after one (and so wait for its compiling). */
const PROGRAM_CALLS = new RegExp(
  `^(${[
    ...['compileShader', 'linkProgram', 'getProgramParameter', 'getShaderParameter'],
    ...['getProgramInfoLog', 'getShaderInfoLog', 'getUniformLocation', 'getAttribLocation'],
    ...['getActiveUniform', 'getActiveAttrib'],
  ].join('|')})$`,
);

/**
 * Installed before the page's own scripts: times every call into a WebGL context (and the
 * creation of one) and records the long tasks. On a software renderer a call that needs the
 * GPU's work done (a program's link status, a pixel read back, the first context of a browser)
 * waits on the CPU for it, in the page's thread; on a GPU those calls return in moments.
 */
function recordWebGLAndLongTasks(programCalls: string): void {
  // No function here is bound to a name (tsx would wrap it in a helper the page does not have).
  // Each call as start, end and 1 for a program's call (else 0).
  const calls: number[] = [];
  const state = { depth: 0 };
  const isProgramCall = new RegExp(programCalls);
  const record = {
    timed<T>(run: () => T, program = false): T {
      if (state.depth > 0) return run();
      state.depth++;
      const start = performance.now();
      try {
        return run();
      } finally {
        state.depth--;
        calls.push(start, performance.now(), program ? 1 : 0);
      }
    },
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      const method: unknown = descriptor?.value;
      if (name === 'constructor' || typeof method !== 'function') continue;
      const program = isProgramCall.test(name);
      Object.defineProperty(proto, name, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          return record.timed(() => (method as (...a: unknown[]) => unknown).apply(this, args), program);
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
    await context.addInitScript(recordWebGLAndLongTasks, PROGRAM_CALLS.source);
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
        let programMs = 0;
        for (let t = 0; t < tasks.length; t += 2) {
          const start = tasks[t]!;
          const end = start + tasks[t + 1]!;
          let inside = 0;
          for (let c = 0; c < calls.length; c += 3) {
            const overlap = Math.max(0, Math.min(end, calls[c + 1]!) - Math.max(start, calls[c]!));
            inside += overlap;
            if (calls[c + 2] === 1) programMs += overlap;
          }
          blockingMs += Math.max(0, end - start - 50);
          outsideWebGLMs += Math.max(0, end - start - inside - 50);
          webGLMs += inside;
        }
        const gl = document.createElement('canvas').getContext('webgl2');
        const parallelCompile = gl?.getExtension('KHR_parallel_shader_compile') != null;
        return { blockingMs, outsideWebGLMs, webGLMs, programMs, parallelCompile };
      }),
    );
    await browser.close();
  }
  const mid = (pick: (r: BlockingSplit) => number) => median(results.map(pick));
  return {
    blockingMs: mid((r) => r.blockingMs),
    outsideWebGLMs: mid((r) => r.outsideWebGLMs),
    webGLMs: mid((r) => r.webGLMs),
    programMs: mid((r) => r.programMs),
    parallelCompile: results.every((r) => r.parallelCompile),
  };
}
