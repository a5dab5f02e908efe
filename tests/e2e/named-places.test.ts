import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { examinedGroups, getMuscle } from '../../src/mapping';
import { openViewer } from './browser';
import { useBuiltApp, usePages } from './session';
import { serveLightModel } from './test-models';

/**
 * Named places as a patient uses them, in the built app: the base of the skull answers with the
 * suboccipital group first, which opens to its four muscles; the throat lists the medial
 * pterygoid (the pain guide's main source of a sore throat).
 */
const app = useBuiltApp();
const open = usePages(app);

const suboccipitals = examinedGroups.find((g) => g.id === 'suboccipital-muscles')!;

async function namedPlace(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
  const places = page.getByRole('button', { name: 'Named places' });
  if ((await places.getAttribute('aria-pressed')) !== 'true') await places.click();
  await page.getByRole('button', { name }).first().click();
}

const results = (page: Page) => page.getByRole('region', { name: 'Possible source muscles' });
/** The names of the list's rows as shown, members of a closed group not among them. */
const rowNames = (page: Page) => results(page).locator('.candidate-name').allTextContents();

describe('named places in a real browser', () => {
  it('Base of the skull lists the suboccipital group first, and the group opens to its four muscles', async () => {
    const { page } = await open({ viewport: { width: 1000, height: 720 } });
    // The lists come from the mapping: the light model (every part and name of the real one).
    await serveLightModel(page);
    await openViewer(page, app.url);
    await namedPlace(page, /^Base of the skull( \(left\))?$/);
    await expect.poll(async () => (await rowNames(page))[0]).toMatch(/^Suboccipital muscles \((left|right)\)$/);
    const toggle = results(page).getByRole('button', { name: /^1\. Suboccipital muscles/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const members = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    const memberNames = (await members.locator('.candidate-name').allTextContents()).map((n) =>
      n.replace(/ \((left|right)\)$/, ''),
    );
    expect(memberNames.sort()).toEqual(suboccipitals.members.map((id) => getMuscle(id)!.name).sort());
    // Each member is selectable as any row: its story opens.
    const minor = members.getByRole('button', { name: /Rectus capitis posterior minor/ });
    const label = (await minor.locator('.candidate-name').textContent())!;
    await minor.click();
    await expect.poll(() => page.getByRole('heading', { name: label }).count()).toBe(1);
    expect(await minor.getAttribute('aria-pressed')).toBe('true');
  });

  it('Throat lists the medial pterygoid', async () => {
    const { page } = await open({ viewport: { width: 1000, height: 720 } });
    await serveLightModel(page);
    await openViewer(page, app.url);
    await namedPlace(page, /^Throat$/);
    await expect
      .poll(async () => (await rowNames(page)).some((n) => /^Medial pterygoid \((left|right)\)$/.test(n)))
      .toBe(true);
  });
});
