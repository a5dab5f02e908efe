import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { openPage, type PageProblems } from './browser';

export interface BuiltApp {
  /** Origin of the local server of the end-to-end build. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Per test file: a connection to the run's one Chromium and the address of the end-to-end build,
 * both started once by ./global-setup.ts (launching a browser per test would double the suite's
 * time on SwiftShader; per file it still costs a start and a stop).
 */
export function useBuiltApp(): BuiltApp {
  const url = inject('appUrl');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    url,
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

export interface PageOptions {
  readonly viewport?: { width: number; height: number };
  /** The browser's language, e.g. "es-ES". */
  readonly locale?: string;
  readonly serviceWorkers?: 'allow' | 'block';
  /** A touch screen, and a phone's browser: see `openPage`. */
  readonly device?: { readonly hasTouch?: boolean; readonly isMobile?: boolean };
  /** Console errors the test provokes on purpose (a model answered with 404). */
  readonly expectedErrors?: RegExp;
}

export interface CheckedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
}

/**
 * Opens pages in a fresh browser context each; after the test every page it opened is closed,
 * and the test fails if one asked another origin for anything or logged an error it did not
 * expect.
 */
export function usePages(app: BuiltApp): (options?: PageOptions) => Promise<CheckedPage> {
  const track = usePageChecks();
  // The pages of the running test; a new list once they are closed.
  let opened: OpenedPage[] = [];
  return async ({ viewport, locale, serviceWorkers, device, expectedErrors } = {}) => {
    const { context, page, problems } = await openPage(app.browser, app.url, viewport, locale, serviceWorkers, device);
    const checked: PageProblems = {
      foreignRequests: problems.foreignRequests,
      get errors() {
        return expectedErrors ? problems.errors.filter((e) => !expectedErrors.test(e)) : problems.errors;
      },
    };
    const mine = opened;
    mine.push({ problems: checked, close: () => context.close() });
    // One registration for however many pages the test opens.
    track({
      problems: {
        get foreignRequests() {
          return mine.flatMap((o) => o.problems.foreignRequests);
        },
        get errors() {
          return mine.flatMap((o) => o.problems.errors);
        },
      },
      close: async () => {
        opened = [];
        for (const o of mine) await o.close();
      },
    });
    return { context, page, problems };
  };
}
