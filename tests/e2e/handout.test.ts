import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkFirstForList } from '../../src/clinic/check-first';
import { RED_FLAGS } from '../../src/clinic/red-flags';
import { selfCareFor } from '../../src/clinic/self-care';
import { resources } from '../../src/i18n/all-resources';
import { describeMuscle, getMuscle, muscles } from '../../src/mapping';
import { examinationFor } from '../../src/clinic/examination';
import { STRETCH_HOLD } from '../../src/clinic/stretching';
import { openPage, openViewer, settle } from './browser';
import { usePageChecks, useBuiltApp } from './session';
import { serveLightModel, serveTinyModel } from './test-models';

const shots = join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots-tmp');
const NOTE = 'Practise the chin nods we did today before lunch.';

const app = useBuiltApp();
const track = usePageChecks();

async function open(path: string, understand?: string, model = serveLightModel): Promise<Page> {
  const { context, page, problems } = await openPage(app.browser, app.url, { width: 1000, height: 720 });
  track({ problems, close: () => context.close() });
  // The printed words and a picture of the view: the light model (the real parts, names and skin).
  await model(page);
  await openViewer(page, app.url + path, understand);
  return page;
}

/** The text of each page, whitespace collapsed (lines wrap differently per size). */
async function readPdf(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    pages.push(text.replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
// The first and the last red flag the handout prints, in the patient's words: all of them fit.
const redFlags = RED_FLAGS.map((f) => f.words.patient);
const firstAndLast = [redFlags[0]!, redFlags.at(-1)!];
const lastSpanishFlag = (resources.es.safety as { redFlags: Record<string, { patient: string }> }).redFlags[
  RED_FLAGS.at(-1)!.id
]!.patient;

async function openHandout(page: Page, name = 'Patient handout'): Promise<void> {
  await page.getByRole('button', { name }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
}

describe('the patient handout', () => {
  it('prints the muscle on one page, its stretch on a second and the red flags on a third, A4 and Letter', async () => {
    const page = await open('/?m=upper-trapezius&s=left');
    const muscle = describeMuscle(getMuscle('upper-trapezius')!);
    await openHandout(page);
    // The pattern twice, then the stretch's start and end.
    expect(await page.locator('.handout-figures img').count()).toBe(4);
    const [start, end] = await page
      .locator('.handout-stretch img')
      .evaluateAll((els) => els.map((e) => (e as HTMLImageElement).src));
    expect(start).toMatch(/^data:image\/png;base64,/);
    expect(end).not.toBe(start);
    // The pictures were taken in the stretch's pose, and the view behind is back at rest.
    expect(await page.evaluate(() => window.__viewerTest!.posedTwins())).toBe(0);
    // On white, which costs a printer no ink: the four corners of each picture are light.
    for (const src of await page
      .locator('.handout-figures:not(.handout-stretch-figures) img')
      .evaluateAll((els) => els.map((e) => (e as HTMLImageElement).src))) {
      const png = PNG.sync.read(Buffer.from(src.split(',')[1]!, 'base64'));
      for (const [x, y] of [
        [2, 2],
        [png.width - 3, 2],
        [2, png.height - 3],
        [png.width - 3, png.height - 3],
      ]) {
        const i = (y! * png.width + x!) * 4;
        expect(Math.min(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)).toBeGreaterThan(230);
      }
    }
    await page.getByRole('textbox', { name: /A note for the patient/ }).fill(NOTE);

    // The note outlives a reload of the tab.
    await page.reload();
    await page.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 120_000 });
    await settle(page);
    await openHandout(page);
    expect(await page.getByRole('textbox', { name: /A note for the patient/ }).inputValue()).toBe(NOTE);

    // A viewport as tall as the page, so the screenshot shows all of it as print lays it out.
    await page.setViewportSize({ width: 700, height: 1500 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'handout-print.png'), fullPage: true });
    // Nothing of the viewer's own screen prints.
    expect(await page.locator('.app').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).toBe(false);

    for (const format of ['A4', 'Letter'] as const) {
      const [text = '', stretch = '', flags = '', ...more] = await readPdf(await page.pdf({ format }));
      expect(more, format).toEqual([]);
      expect(stretch).toContain('Your stretch');
      expect(stretch).toContain('End: the stretch');
      expect(stretch).toContain(flat(STRETCH_HOLD.patient));
      expect(stretch).toContain('[TS-1999]');
      expect(text).toContain(muscle.plainName);
      expect(text).toContain('Upper trapezius, left side');
      expect(text).toContain(flat(muscle.perpetuatingFactors[0]!));
      expect(text).toContain(flat(selfCareFor(muscle.id, muscle.group)!.movements[0]!));
      expect(text).toContain('General advice, not a treatment plan');
      expect(text).toContain(NOTE);
      expect(text).toContain('it cannot tell you what causes your pain');
      for (const flag of firstAndLast) expect(flags).toContain(flat(flag));
    }
  });

  it('keeps the fullest muscle, in the wordier Spanish, with the longest note allowed, on its one page', async () => {
    // The muscle with the most to say: perpetuating factors, self-care and the referral summary.
    const size = (id: string) => {
      const m = describeMuscle(getMuscle(id)!);
      const care = selfCareFor(m.id, m.group);
      const notes = checkFirstForList(m.symptoms).flatMap((list) => list.map((n) => n.words.patient));
      const advice = care ? [...care.movements, ...care.habits, ...care.cautions] : [];
      return [m.referralSummary, ...m.perpetuatingFactors, ...notes, ...advice].join(' ').length;
    };
    const fullest = muscles
      .filter((m) => m.refersToHead)
      .map((m) => m.id)
      .sort((a, b) => size(b) - size(a))[0]!;
    // It has a stretch page between the muscle's and the red flags'.
    expect(examinationFor(fullest)).toBeDefined();
    const page = await open(`/?lang=es&m=${fullest}&s=right`, 'Entendido');
    await openHandout(page, 'Hoja para el paciente');
    await page.getByRole('textbox', { name: /Una nota para el paciente/ }).fill('Nota larga. '.repeat(50));
    await page.emulateMedia({ media: 'print' });
    // The picture first, so a page too many can be seen.
    await page.setViewportSize({ width: 700, height: 1500 });
    // As narrow as an upright tablet: the information panel moves into the bottom sheet, and the
    // handout it opened stays open (it printed a blank page when it closed with its panel).
    expect(await page.locator('.handout-page').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'handout-print-es.png'), fullPage: true });
    for (const format of ['A4', 'Letter'] as const) {
      const [text = '', stretch = '', flags = '', ...more] = await readPdf(await page.pdf({ format }));
      expect(more, `${fullest} on ${format}`).toEqual([]);
      expect(stretch).toContain('Su estiramiento');
      expect(text).toContain('Síntomas que conviene consultar primero');
      expect(text).toContain('no puede decirle qué causa su dolor');
      expect(flags).toContain('Cuándo consultar a un médico');
      expect(flags).toContain(flat(lastSpanishFlag));
    }
  });

  it('on a model without joints, the stretch page says so in one line instead of pictures', async () => {
    // The tiny model: skin, skull and two muscles a side, no skeleton, as a clinic's own model may be.
    const page = await open('/?m=upper-trapezius&s=left', undefined, serveTinyModel);
    await openHandout(page);
    const line = 'No pictures: this 3D model has no joints, so it cannot show the start and end of the stretch.';
    const stretch = page.getByRole('region', { name: 'Your stretch' });
    await expect.poll(() => stretch.getByText(line).count()).toBe(1);
    expect(await stretch.locator('img, figure').count()).toBe(0);
    // The pattern's pictures need no joints: the muscle's page keeps them.
    expect(await page.locator('.handout-figures:not(.handout-stretch-figures) img').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 700, height: 1500 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'handout-no-joints.png'), fullPage: true });
    const [, printed = ''] = await readPdf(await page.pdf({ format: 'A4' }));
    expect(printed).toContain(line);
  });

  it('"Save image" downloads a PNG of the 3D view named after the muscle', async () => {
    const page = await open('/?m=upper-trapezius&s=left');
    const canvas = (await page.locator('canvas').boundingBox())!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save image' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('upper-trapezius-left.png');
    // Saved by the test process: the browser is a shared server, whose own download folder it cannot read.
    const saved = join(shots, 'save-image.png');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = PNG.sync.read(bytes);
    // The canvas's own size in whole pixels (the box may sit on half a pixel).
    expect(Math.abs(png.width - canvas.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - canvas.height)).toBeLessThanOrEqual(1);
    // A real picture, not a blank buffer: many distinct colours.
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(50);
  });
});
