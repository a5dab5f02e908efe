import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../src/quiz';
import { openPage, settle, type PageProblems } from './browser';
import { isZoneRed } from './pixels';
import { useBuiltApp, usePages } from './session';
import { serveLightModel, serveTinyModel } from './test-models';

const app = useBuiltApp();

/**
 * A page with less motion asked for: camera moves are instant, so the tests wait less, and it is
 * how many people who rely on a keyboard or a magnifier browse.
 */
const openChecked = usePages(app);

/** A page for one test, closed and checked after it, that asks for reduced motion. */
async function reducedMotionPage(viewport = { width: 1000, height: 700 }, model: 'real' | 'tiny' = 'real') {
  const opened = await openChecked({ viewport });
  await opened.page.emulateMedia({ reducedMotion: 'reduce' });
  if (model === 'tiny') await serveTinyModel(opened.page);
  return opened;
}

async function waitForModel(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 120_000 });
  await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
  await settle(page);
}

/**
 * axe-core's serious and critical findings on the screen as it is, one line per rule. Run in one
 * pass over the page and its same-origin frames (`setLegacyMode`): by default the axe builder
 * gathers each frame's results and merges them in a new blank page, a renderer process opened and
 * closed per check, about twice the browser's CPU for the same rules and findings (the pages here
 * have no cross-origin frame, the one case that needs the blank page).
 */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

/** The focused element's name as a user meets it: its label, else its text; '' for none. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
  });
}

/** Presses `key` until the focus reaches a control so named; fails if it never does. */
async function pressTo(page: Page, name: string | RegExp, key = 'Tab', max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`${String(name)} is not reached with ${key}`);
}

/**
 * Tabs once round the whole page and lists the controls whose focus does not show: no outline
 * of 2 px or more and no box shadow that differs from the unfocused look.
 */
async function unringedControls(page: Page): Promise<{ visited: number; unringed: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    };
    const before = new Map([...document.querySelectorAll('*')].map((el) => [el, look(el)]));
    Object.assign(window, { __ring: { look, before, seen: new Set<Element>() } });
  });
  const unringed: string[] = [];
  for (let visited = 0; visited < 500; visited++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const { look, before, seen } = (
        window as unknown as {
          __ring: { look: (el: Element) => string; before: Map<Element, string>; seen: Set<Element> };
        }
      ).__ring;
      const el = document.activeElement;
      if (!el || el === document.body) return { done: false, ringed: true, name: '' };
      if (seen.has(el)) return { done: true, ringed: true, name: '' };
      seen.add(el);
      const s = getComputedStyle(el);
      const outline =
        s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
      const ringed = look(el) !== before.get(el) && (outline || s.boxShadow !== 'none');
      const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
      return {
        done: false,
        ringed,
        name: `${el.tagName.toLowerCase()} "${label.trim().slice(0, 40)}"`,
      };
    });
    if (step.done) return { visited, unringed };
    if (!step.ringed) unringed.push(step.name);
  }
  throw new Error('the Tab key never came back round');
}

/**
 * Rows of the picture where the zone red comes as the hatch: at least three short red stripes
 * with short gaps between them, the stripes clearly darker than the gaps in grey.
 */
function hatchedRows(png: PNG): number {
  let rows = 0;
  for (let y = 0; y < png.height; y++) {
    const runs: { red: boolean; length: number; grey: number }[] = [];
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      const red = isZoneRed(r, g, b);
      const grey = 0.299 * r + 0.587 * g + 0.114 * b;
      const last = runs.at(-1);
      if (last && last.red === red) {
        last.grey = (last.grey * last.length + grey) / (last.length + 1);
        last.length++;
      } else runs.push({ red, length: 1, grey });
    }
    let stripes = 0;
    let best = 0;
    for (let k = 0; k + 1 < runs.length; k++) {
      const [stripe, gap] = [runs[k]!, runs[k + 1]!];
      const hatch =
        stripe.red &&
        stripe.length >= 2 &&
        stripe.length <= 6 &&
        gap.length >= 2 &&
        gap.length <= 8 &&
        gap.grey - stripe.grey > 25;
      if (hatch) {
        best = Math.max(best, ++stripes);
        k++;
      } else stripes = 0;
    }
    if (best >= 3) rows++;
  }
  return rows;
}

const announced = (page: Page) => page.locator('.announcer[aria-live="polite"]').textContent();

async function expectClean(page: Page, screen: string): Promise<void> {
  expect.soft(await violations(page), screen).toEqual([]);
}

describe('every screen, one page', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  // The tests of this block are steps of one walk through the screens, so they share one page,
  // checked once they are all done.
  beforeAll(async () => {
    ({ context, page, problems } = await openPage(app.browser, app.url, { width: 1000, height: 700 }));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Words, roles, focus and the zones on the skin: the light model, whose skin is the real one.
    await serveLightModel(page);
  });
  afterAll(async () => {
    await context?.close();
    expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
    expect(problems.errors, 'console errors').toEqual([]);
  });

  it('axe: the start screen with the disclaimer open, then the main screen', async () => {
    await page.goto(app.url + '/');
    await page.getByRole('dialog').waitFor();
    // The red flags come in their own chunk with the dialog's first opening: check them too.
    await page.getByRole('heading', { name: /^Warning signs/ }).waitFor();
    await expectClean(page, 'disclaimer');
    await page.getByRole('button', { name: 'I understand' }).click();
    await waitForModel(page);
    await expectClean(page, 'main screen');
  });

  it('axe: a muscle selected, in both voices; the selection is announced', async () => {
    expect(await announced(page)).toBe('');
    await page.getByRole('searchbox').fill('trapezius');
    await page.getByRole('button', { name: 'Upper trapezius (left)' }).click();
    await page.getByRole('heading', { name: 'Upper trapezius (left)' }).waitFor();
    expect(await announced(page)).toBe('Selected: Upper trapezius (left).');
    await expectClean(page, 'muscle, clinician voice');
    await page.getByRole('button', { name: 'Patient', exact: true }).click();
    await expectClean(page, 'muscle, patient voice');
    await page.getByRole('button', { name: 'Clinician / student' }).click();
  });

  it('every control on the muscle screen shows its keyboard focus', async () => {
    const { visited, unringed } = await unringedControls(page);
    expect(visited).toBeGreaterThan(15);
    expect(unringed).toEqual([]);
  });

  it('axe: "Where does it hurt?" with a point, the drawing and the named places; the count is announced', async () => {
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    const canvas = (await page.locator('canvas').boundingBox())!;
    const p = (await page.evaluate(() => window.__viewerTest!.project('frontotemporale-left')))!;
    await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
    const results = page.getByRole('region', { name: 'Possible source muscles' });
    await results.waitFor();
    await expectClean(page, 'point with results');
    await page.getByRole('button', { name: 'Pain drawing' }).click();
    await expectClean(page, 'pain drawing tools');
    await page.getByRole('button', { name: 'Named places' }).click();
    await page.getByRole('button', { name: 'Temple (left)' }).click();
    await results.waitFor();
    const count = await results.getByRole('listitem').count();
    expect(count).toBeGreaterThan(1);
    await expect.poll(() => announced(page)).toContain(`${count} possible sources found for Temple (left).`);
    await expectClean(page, 'named places with results');
  });

  it('the result list and the legend give the zone level in words', async () => {
    const levels = await page
      .getByRole('region', { name: 'Possible source muscles' })
      .locator('.candidate .level')
      .allTextContents();
    expect(levels.length).toBeGreaterThan(1);
    for (const level of levels) expect(level).toMatch(/^(essential|spillover)\b/);
    expect(levels.some((l) => l.startsWith('essential'))).toBe(true);
    const legend = page.getByRole('complementary', { name: 'Legend' });
    expect(await legend.textContent()).toContain('Essential zone (solid)');
    expect(await legend.textContent()).toContain('Spillover zone (hatched)');
  });

  it('every control of "Where does it hurt?" shows its keyboard focus', async () => {
    const { visited, unringed } = await unringedControls(page);
    expect(visited).toBeGreaterThan(30);
    expect(unringed).toEqual([]);
  });

  it('axe: Layers, and their controls show the focus', async () => {
    await page.getByRole('tab', { name: 'Layers' }).click();
    await expectClean(page, 'layers');
    expect((await unringedControls(page)).unringed).toEqual([]);
  });

  it('axe: Posture, with the posture view and then an exercise shown; their controls show the focus', async () => {
    await page.getByRole('tab', { name: 'Posture' }).click();
    await page.getByRole('button', { name: 'Show the posture view' }).click();
    await page.getByRole('group', { name: 'Posture shown on the model' }).waitFor();
    // With both postures side by side: the pictures carry their posture and angle in words.
    await page.getByRole('button', { name: 'Both postures side by side' }).click();
    await page.getByRole('img', { name: /^Forward head posture seen from the left/ }).waitFor();
    await settle(page);
    await expectClean(page, 'posture view');
    // The muscle's self-care offers the same exercise: either button starts it.
    await page
      .getByRole('button', { name: /^Show Craniocervical flexion/ })
      .first()
      .click();
    const player = page.getByRole('group', { name: /Exercise demonstration/ }).first();
    await player.waitFor();
    await settle(page);
    await expectClean(page, 'exercise');
    expect((await unringedControls(page)).unringed).toEqual([]);
    await player.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('tab', { name: 'Layers' }).click();
  });

  it('axe: the Tours menu and a tour step', async () => {
    await page.getByRole('button', { name: 'Tours' }).click();
    await expectClean(page, 'tours menu');
    await page.getByRole('button', { name: /Neck pain and headaches/ }).click();
    await page.getByRole('region', { name: /Guided tour/ }).waitFor();
    await settle(page);
    await expectClean(page, 'tour step');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: /Guided tour/ }).count()).toBe(0);
  });

  it('axe: the handout', async () => {
    await page.getByRole('button', { name: 'Patient handout' }).click();
    await page.getByRole('dialog').waitFor();
    await expectClean(page, 'handout');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('with less motion asked for, a preset view is reached at once and nothing in the page animates', async () => {
    // Pressed and read in one task of the page: a glide starts in the press itself (the camera's
    // transition), and no frame can end it before it is read, however slow the machine.
    const pressAndReadMoving = (name: string) =>
      page.getByRole('button', { name, exact: true }).evaluate((button: HTMLElement) => {
        button.click();
        return window.__viewerTest!.isMoving();
      });
    expect(await pressAndReadMoving('Right')).toBe(false);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => {
        const s = getComputedStyle(el);
        const long = (list: string) => list.split(',').some((d) => parseFloat(d) > 0);
        return long(s.transitionDuration) || long(s.animationDuration) ? [el.tagName] : [];
      }),
    );
    expect(moving).toEqual([]);
    // The same press glides for everyone else: the check above is not vacuous.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await pressAndReadMoving('Left')).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await settle(page);
  });

  it('a spillover zone is hatched: stripes that show in grey as well as in colour', async () => {
    await page.getByRole('tab', { name: 'Muscles' }).click();
    // The clavicular SCM's spillover crosses the forehead, a broad patch in the front view.
    await page.getByRole('searchbox').fill('sternocleidomastoid');
    // In the list: a muscle chosen before may offer it under "also examine" too.
    await page
      .getByRole('tabpanel', { name: 'Muscles' })
      .getByRole('button', { name: 'Sternocleidomastoid, clavicular division (left)' })
      .click();
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    // Over opaque skin: on ghosted skin the gaps show the dark inside of the head instead.
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('radio', { name: 'Opaque' }).check();
    for (const name of ['Hide tools', 'Hide muscle information']) await page.getByRole('button', { name }).click();
    await settle(page);
    const box = (await page.locator('canvas').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: box }));
    expect(hatchedRows(png)).toBeGreaterThan(10);
    for (const name of ['Tools', 'Muscle information']) await page.getByRole('button', { name, exact: true }).click();
  });

  it('axe: the quiz, a question and the summary', async () => {
    await page.goto(app.url + '/?quiz=777');
    await waitForModel(page);
    await expectClean(page, 'quiz question');
    for (const q of startSession(777).questions) {
      if (q.kind === 'name-the-muscle')
        await page.getByRole('group', { name: 'Muscles to choose from' }).getByRole('button').first().click();
      else if (q.kind === 'which-muscles') await page.getByRole('button', { name: 'Check my answer' }).click();
      else {
        // Any stroke will do: the score does not matter here, only the screens.
        const canvas = (await page.locator('canvas').boundingBox())!;
        await page.mouse.move(canvas.x + canvas.width / 2 - 30, canvas.y + canvas.height / 2);
        await page.mouse.down();
        await page.mouse.move(canvas.x + canvas.width / 2 + 30, canvas.y + canvas.height / 2, { steps: 4 });
        await page.mouse.up();
        await page.getByRole('button', { name: 'Check my drawing' }).click();
      }
      await page.getByRole('button', { name: /Next question|See the score/ }).click();
    }
    await page.getByRole('button', { name: 'New quiz' }).waitFor();
    await expectClean(page, 'quiz summary');
    await page.getByRole('button', { name: 'Leave the quiz' }).click();
  });

  it('axe: Spanish, and the announcements follow the language', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('button', { name: 'Trapecio superior (izquierdo)' }).click();
    expect(await announced(page)).toBe('Seleccionado: Trapecio superior (izquierdo).');
    await expectClean(page, 'Spanish');
  });
});

describe('keyboard only', () => {
  it('accepts the disclaimer, reads a muscle, finds the sources of a temple pain and plays a tour', async () => {
    // Keys, focus and words, not the anatomy: the tiny model (with it the page was quick enough
    // to lose the focus on Back every time before the tour card's fix, see tour.test.ts).
    const { page } = await reducedMotionPage(undefined, 'tiny');
    await page.goto(app.url + '/');
    await page.getByRole('dialog').waitFor();
    // The dialog opens with the focus on its one button.
    expect(await focusedName(page)).toBe('I understand');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await waitForModel(page);

    await pressTo(page, 'Find a muscle');
    await page.keyboard.type('trapezius');
    await pressTo(page, 'Upper trapezius (left)');
    await page.keyboard.press('Enter');
    const info = page.getByRole('region', { name: 'Muscle information' });
    await info.getByRole('heading', { name: 'Upper trapezius (left)' }).waitFor();
    // The focus stays on the pressed button; the story is the next thing on from the list.
    expect(await focusedName(page)).toBe('Upper trapezius (left)');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await pressTo(page, 'Turn to the pain pattern');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.info-panel'))).toBe(true);
    expect(await info.getByRole('heading', { name: 'Referred pain' }).isVisible()).toBe(true);
    const referral = info
      .getByRole('heading', { name: 'Referred pain' })
      .locator('xpath=following-sibling::div[1]/p[1]');
    expect((await referral.textContent())!.length).toBeGreaterThan(20);

    // The tabs are one stop; the arrow keys move between them.
    await pressTo(page, 'Muscles', 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Where does it hurt?');
    await pressTo(page, 'Named places');
    await page.keyboard.press('Enter');
    await pressTo(page, 'Temple (left)');
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: 'Possible source muscles' });
    await results.waitFor();
    // The candidates come just before the places: Shift+Tab reads them, last first.
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const name = await page.evaluate(
        () => document.activeElement?.closest('.candidate')?.querySelector('.candidate-name')?.textContent ?? null,
      );
      if (name) names.push(name);
      else if (names.length) break;
    }
    expect(names).toContain('Upper trapezius (left)');
    expect(names).toContain('Temporalis (left)');

    await pressTo(page, 'Tours', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await pressTo(page, /^Neck pain and headaches/);
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Guided tour: Neck pain and headaches' });
    await card.waitFor();
    // The card takes the focus, so the arrow keys step at once.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tour-card'))).toBe(true);
    const first = await card.getByRole('heading').textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => card.getByRole('heading').textContent()).not.toBe(first);
    await pressTo(page, 'Back');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(first);
    // Back is disabled on the first step: the focus must have moved to the card, or Escape goes nowhere.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.tour-card'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    // Back where the tour was started.
    expect(await focusedName(page)).toBe('Tours');
  });
});

describe('phone, fallbacks and embedding', () => {
  it('a phone with the sheet lowered, at half height and full', async () => {
    // The sheet and its controls, not the anatomy: the tiny model.
    const { page } = await reducedMotionPage({ width: 390, height: 844 }, 'tiny');
    await page.goto(app.url + '/?m=temporalis&s=left');
    await page.getByRole('button', { name: 'I understand' }).click();
    await waitForModel(page);
    await expectClean(page, 'phone, sheet lowered');
    // The handle is a slider: the arrow keys step it, its value is said in words.
    const handle = page.getByRole('slider', { name: 'Height of the tools and muscle information' });
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    expect(await handle.getAttribute('aria-valuetext')).toBe('Half height');
    await expectClean(page, 'phone, tools');
    await page.getByRole('tab', { name: 'Muscle information' }).click();
    await handle.press('End');
    expect(await handle.getAttribute('aria-valuetext')).toBe('Full height');
    await expectClean(page, 'phone, muscle information');
  });

  it('without WebGL', async () => {
    const { page } = await reducedMotionPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(app.url + '/?mode=regions&r=temple-left');
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('alert').waitFor();
    await expectClean(page, 'no WebGL');
  });

  it('the embed demo page', async () => {
    // The page around the frame and the frame's controls: the tiny model (the route covers the frame).
    const { page } = await reducedMotionPage({ width: 1200, height: 900 }, 'tiny');
    await page.goto(app.url + '/embed-demo.html');
    // The disclaimer is a modal in the frame's top layer: the frame itself must be on screen.
    await page.locator('#viewer').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe');
    await frame.getByRole('dialog').waitFor();
    await expectClean(page, 'embed demo, disclaimer');
    await frame.getByRole('button', { name: 'I understand' }).click();
    await expectClean(page, 'embed demo');
  });
});
