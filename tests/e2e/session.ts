import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, type PageProblems } from './browser';
import { assertBuilt, dist } from './dist';
import { serveStatic } from '../../scripts/lib/static-server';

const here = fileURLToPath(new URL('.', import.meta.url));

export interface BuiltApp {
  /** Origin of the local server of the end-to-end build. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Per test file: the end-to-end build on a local server and one Chromium, both closed when the
 * file is done (launching a browser per test would double the suite's time on SwiftShader).
 */
export function useBuiltApp(): BuiltApp {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    for (const dir of ['screenshots', 'screenshots-tmp']) mkdirSync(join(here, dir), { recursive: true });
    server = await serveStatic(dist);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

interface OpenedPage {
  readonly problems: PageProblems;
  readonly close: () => Promise<void>;
}

/**
 * Registers the page a test opens; after the test it is closed, and the test fails if the page
 * asked another origin for anything or logged an error.
 */
export function usePageChecks(): (opened: OpenedPage) => void {
  let current: OpenedPage | null = null;
  afterEach(async () => {
    if (!current) return;
    const { problems, close } = current;
    current = null;
    await close();
    expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
    expect(problems.errors, 'console errors').toEqual([]);
  });
  return (opened) => {
    current = opened;
  };
}
