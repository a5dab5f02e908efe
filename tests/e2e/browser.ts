import type { Frame, Page } from 'playwright-core';

// Launching and page checks are shared with the bench (scripts/lib/browser.ts); opening the viewer is the tests' own.
export { launch, launchServer, openPage, type PageProblems } from '../../scripts/lib/browser';

/**
 * Opens the viewer at `path`, accepts the disclaimer (its button named in the language the page
 * starts in) and waits for the model to be drawn.
 */
export async function openViewer(page: Page, url: string, understand = 'I understand'): Promise<void> {
  await page.goto(url);
  // The model loads behind the disclaimer, and on a busy machine its first frame can hold the
  // page for longer than the default 30 s before the click is taken: the same bound as below.
  await page.getByRole('button', { name: understand }).click({ timeout: 120_000 });
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
  try {
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
  } catch (error) {
    // Say which half never came to rest: a camera that never reported rest, or a scene that keeps drawing.
    const state = await page
      .evaluate(async () => {
        const hook = window.__viewerTest;
        if (!hook) return 'no test hook';
        const before = hook.frames();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const drawn = hook.frames() - before;
        return `camera moving: ${hook.isMoving()}, frames in two: ${drawn}`;
      })
      .catch(() => 'page gone');
    throw new Error(`The view did not settle (${state})`, { cause: error });
  }
}
