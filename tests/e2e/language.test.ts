import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/all-resources';
import { openPage, openViewer, settle } from './browser';
import { overflowing } from './overflow';
import { usePageChecks, useBuiltApp } from './session';
import { serveTinyModel } from './test-models';

const here = fileURLToPath(new URL('.', import.meta.url));
const shots = join(here, 'screenshots-tmp');

const app = useBuiltApp();
const track = usePageChecks();

const desktop = { width: 1280, height: 800 };
const tablet = { width: 768, height: 1024 };
const phone = { width: 390, height: 844 };

/**
 * A page in a fresh context. Words, layout and preferences are what these tests read, not the
 * anatomy: every page is served the tiny model, ready at once and cheap to draw.
 */
async function open(viewport: { width: number; height: number }, locale?: string): Promise<Page> {
  const { context, page, problems } = await openPage(app.browser, app.url, viewport, locale);
  track({ problems, close: () => context.close() });
  await serveTinyModel(page);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

async function toSpanish(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
}

/** The header's height, and how far apart its title's and controls' vertical centres lie (0: one row). */
function headerLayout(page: Page): Promise<{ height: number; centreSpread: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header')!;
    const centres = [...header.querySelectorAll('h1, .header-tools > *')].map((e) => {
      const box = e.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return {
      height: Math.round(header.getBoundingClientRect().height),
      centreSpread: Math.round(Math.max(...centres) - Math.min(...centres)),
    };
  });
}

describe('languages in a real browser', () => {
  it('switches to Spanish: headings, buttons, muscle names, results and information, and remembers it', async () => {
    const page = await open(desktop);
    await openViewer(page, app.url + '/');
    await toSpanish(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Puntos gatillo de cabeza y cuello' }).count()).toBe(1);
    for (const tab of ['Músculos', '¿Dónde le duele?', 'Capas'])
      expect(await page.getByRole('tab', { name: tab }).count()).toBe(1);
    expect(
      await page
        .getByRole('navigation', { name: 'Vistas de cámara' })
        .getByRole('button', { name: 'Izquierda' })
        .count(),
    ).toBe(1);

    await page.getByRole('button', { name: 'Trapecio superior (izquierdo)' }).click();
    const info = page.getByRole('region', { name: 'Información del músculo' });
    await expect.poll(() => info.getByRole('heading', { name: 'Trapecio superior (izquierdo)' }).count()).toBe(1);
    for (const h of ['Dolor referido', 'Síntomas', 'Anatomía', 'Fuentes'])
      expect(await info.getByRole('heading', { name: h }).count()).toBe(1);
    // Each list of terms sits in the section its heading folds: the examination, then the anatomy.
    const listUnder = (heading: string) =>
      info.getByRole('heading', { name: heading }).locator('xpath=following-sibling::div[1]/dl');
    expect(await listUnder('Cómo encontrar los puntos gatillo').locator('dt').allTextContents()).toEqual([
      'Posición y lugar',
      'Palpación',
      'Acceso',
      'Qué lo confirma',
      'Posición de estiramiento',
    ]);
    const anatomy = listUnder('Anatomía');
    expect(await anatomy.locator('dt').allTextContents()).toEqual(['Origen', 'Inserción', 'Inervación', 'Acción']);
    const spanishDetails = resources.es['muscle-details'] as Record<string, Record<string, string>> | undefined;
    if (spanishDetails)
      expect(await anatomy.locator('dd').nth(2).textContent()).toBe(spanishDetails['upper-trapezius']!.innervation);
    expect(await page.getByRole('complementary', { name: 'Leyenda' }).textContent()).toContain('Zona esencial');

    await page.getByRole('tab', { name: '¿Dónde le duele?' }).click();
    await page.getByRole('button', { name: 'Zonas por nombre' }).click();
    await page.getByRole('button', { name: 'Sien (izquierda)' }).click();
    const results = page.getByRole('region', { name: 'Posibles músculos de origen' });
    await results.waitFor();
    const names = await results.locator('.candidate-name').allTextContents();
    expect(names).toContain('Temporal (izquierdo)');
    expect(names).toContain('Trapecio superior (izquierdo)');
    expect(await results.textContent()).toMatch(/cubre (casi toda|buena parte del|parte del) área|roza el área/);
    expect(await overflowing(page)).toEqual([]);
    await settle(page);
    await shot(page, 'language-es-desktop');

    await page.reload();
    // The first render waits for the Spanish catalogues, so poll rather than read at once.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Puntos gatillo de cabeza y cuello' }).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
  });

  it('starts in Spanish when the browser prefers it', async () => {
    const page = await open(desktop, 'es-ES');
    await openViewer(page, app.url + '/', 'Entendido');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('button', { name: 'No es un diagnóstico · señales de alarma' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Esplenio de la cabeza (derecho)' }).count()).toBe(1);
  });

  it('opens in the language a link asks for, and ignores one it does not know', async () => {
    const page = await open(desktop);
    await page.goto(app.url + '/?lang=es&m=temporalis&s=right');
    await page.getByRole('button', { name: 'Entendido' }).click();
    // The muscle's story is fetched when first shown.
    await expect.poll(() => page.getByRole('heading', { name: 'Temporal (derecho)' }).count()).toBe(1);
    // Spanish's longer labels keep the header to one row at 1280 px, and the patient voice's
    // larger text does not make the header grow and push the view down.
    const before = await headerLayout(page);
    expect(before.centreSpread).toBeLessThan(4);
    await page.getByRole('button', { name: 'Paciente', exact: true }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px');
    expect(await headerLayout(page)).toEqual(before);
    await page.goto(app.url + '/?lang=xx');
    expect(await page.getByRole('heading', { name: 'Head and neck trigger points' }).count()).toBe(1);
  });

  it('keeps the Spanish layout whole on a tablet and a phone', async () => {
    const page = await open(tablet);
    await openViewer(page, app.url + '/?m=sternocleidomastoid-clavicular&s=left&lang=es', 'Entendido');
    expect(await overflowing(page)).toEqual([]);
    await shot(page, 'language-es-tablet');
    await page.setViewportSize(phone);
    await settle(page);
    expect(await overflowing(page)).toEqual([]);
    // The sheet under the head, raised by its handle; its four tabs in one row.
    await page.getByRole('slider', { name: 'Altura de las herramientas y la información del músculo' }).click();
    // The longest names ("Esternocleidomastoideo, porción clavicular") beside their side buttons.
    await page.getByRole('tab', { name: 'Músculos' }).click();
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Información del músculo' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('tab', { name: '¿Dónde le duele?' }).click();
    await page.getByRole('button', { name: 'Zonas por nombre' }).click();
    expect(await overflowing(page)).toEqual([]);
    await shot(page, 'language-es-phone');
  });

  it('the patient voice leads with plain names, reads larger and leaves out the attachments', async () => {
    const page = await open(desktop);
    await openViewer(page, app.url + '/');
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await fontSize()).toBe('16px');
    const patient = page.getByRole('group', { name: 'Explanations for' }).getByRole('button', { name: 'Patient' });
    await patient.click();
    expect(await fontSize()).toBe('18px');
    await page.getByRole('button', { name: 'Top-of-shoulder muscle (left)' }).click();
    const info = page.getByRole('region', { name: 'Muscle information' });
    await expect.poll(() => info.getByRole('heading', { level: 2 }).textContent()).toMatch(/\(left\)$/);
    expect(await info.locator('.plain-name').textContent()).toBe('Upper trapezius');
    for (const h of ['Anatomy', 'Sources', 'Trigger points'])
      expect(await info.getByRole('heading', { name: h }).count()).toBe(0);
    for (const h of ['Referred pain', 'Symptoms', 'What keeps it going', 'What you can try'])
      expect(await info.getByRole('heading', { name: h }).count()).toBe(1);
    expect(await overflowing(page)).toEqual([]);
    await settle(page);
    await shot(page, 'voice-patient');

    await page.reload();
    await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
    await expect.poll(fontSize).toBe('18px');
    expect(await patient.getAttribute('aria-pressed')).toBe('true');
  });
});
