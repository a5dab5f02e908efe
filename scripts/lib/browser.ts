import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import { requireBrowser } from './find-browser';

/** SwiftShader's WebGL, and nothing the browser would fetch for itself (updates, first-run pages). */
const ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Headless Chromium as the browser tests, the bench and the render scripts all drive it. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser(), args: ARGS });
}

/** The same Chromium, listening for the DevTools protocol on `port` (Lighthouse drives it so). */
export function launchWithDebuggingPort(port: number): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser(), args: [...ARGS, `--remote-debugging-port=${port}`] });
}

/**
 * The same Chromium as a server that browser-test files in other workers connect to. The page
 * itself is rastered and composited by Skia on the CPU: otherwise Chromium does both through
 * SwiftShader as through a GPU, and a page load with a few frames of the head cost the browser
 * about 15 % more CPU time (WebGL stays on SwiftShader either way). The render scripts and the
 * bench keep Chromium's default, so their pictures and figures do not move.
 */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: requireBrowser(), args: [...ARGS, '--disable-gpu-compositing'] });
}

/** What a page did wrong: console errors, uncaught exceptions, requests to another origin. */
export interface PageProblems {
  readonly errors: string[];
  readonly foreignRequests: string[];
}

/**
 * A page that may only talk to `origin`: anything else is recorded and aborted, so a CDN
 * decoder or a remote font fails the test instead of passing on a connected machine.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport = { width: 800, height: 600 },
  /** The browser's language, e.g. "es-ES"; Chromium's own (English) when left out. */
  locale?: string,
  /**
   * Service workers are blocked unless a test is about them: the app's worker claims the page
   * at once and fetches the model itself, past `page.route`, which would race every test that
   * holds back or breaks a request.
   */
  serviceWorkers: 'allow' | 'block' = 'block',
  /** A touch screen (`hasTouch`), and a phone's browser (`isMobile`: the meta viewport counts). */
  device: { readonly hasTouch?: boolean; readonly isMobile?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers,
    ...(locale && { locale }),
    ...device,
  });
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.errors.push(err.message));
  return { context, page, problems };
}
