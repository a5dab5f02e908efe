import { chromium, type Browser, type BrowserContext, type BrowserServer, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The same Chromium as a server that test files in other workers connect to. */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
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
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers, ...(locale && { locale }) });
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

/**
 * Opens the viewer at `path`, accepts the disclaimer (its button named in the language the page
 * starts in) and waits for the model to be drawn.
 */
export async function openViewer(page: Page, url: string, understand = 'I understand'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: understand }).click();
  await page.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 120_000 });
  await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
  await settle(page);
}

/**
 * Waits until the view is still: the camera is not gliding and the scene has drawn no new frame
 * for three animation frames in a row (it draws on demand only, so a pending change shows as
 * frames still being drawn). Checked once per animation frame, not after a guessed pause.
 */
export async function settle(page: Page | Frame): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__viewerTest;
      if (!hook) return false;
      const w = window as unknown as { __settle?: { frames: number; quiet: number } };
      const last = (w.__settle ??= { frames: -1, quiet: 0 });
      const frames = hook.frames();
      if (hook.isMoving() || frames !== last.frames) {
        last.frames = frames;
        last.quiet = 0;
        return false;
      }
      if (++last.quiet < 3) return false;
      delete w.__settle;
      return true;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
}
