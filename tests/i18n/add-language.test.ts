import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/i18n';

/**
 * The README's "Adding a language", done for a throw-away language `xx` that never ships: its
 * code added to the language list, and a folder with two of the catalogues (the rest must fall
 * back to English). The files are handed to the real loader as the folder's glob would be.
 */
const xx = vi.hoisted(() => {
  // The setup file has loaded src/i18n already: start this file's modules afresh so the two
  // stand-ins below are what src/i18n reads.
  vi.resetModules();
  return {
    common: { app: { title: 'Xx head and neck' }, language: { xx: 'Xxian' } },
    ui: { tabs: { muscles: 'Xx muscles' } },
  };
});

vi.mock('../../src/i18n/languages', () => ({ languages: ['en', 'es', 'xx'] }));
vi.mock('../../src/i18n/catalogue', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/catalogue')>();
  return {
    ...real,
    laterFiles: {
      ...real.laterFiles,
      './locales/xx/common.json': () => Promise.resolve(xx.common),
      './locales/xx/ui.json': () => Promise.resolve(xx.ui),
    },
  };
});

const { detectLanguage, i18next, initI18n, languageFromLink, setLanguage } = await import('../../src/i18n');
const { resources } = await import('../../src/i18n/all-resources');
const { muscleText } = await import('../../src/i18n/content');
const { LanguageSwitch } = await import('../../src/ui/LanguageSwitch');
const { describeMuscle, getMuscle } = await import('../../src/mapping');

/** Typed as a shipped language only so the calls compile: at run time the list has it. */
const XX = 'xx' as Language;

describe('a language added as the README says', () => {
  it('is detected from a stored choice, the browser and a link', () => {
    expect(detectLanguage('xx', ['en-GB'])).toBe('xx');
    expect(detectLanguage(null, ['de-DE', 'xx-YY', 'es'])).toBe('xx');
    expect(languageFromLink('?lang=xx&m=temporalis')).toBe('xx');
  });

  it('is loaded and spoken, with English for every key and namespace it lacks', async () => {
    await initI18n(XX);
    expect(i18next.language).toBe('xx');
    const t = i18next.getFixedT('xx');
    expect(t('common:app.title')).toBe('Xx head and neck');
    expect(t('ui:tabs.muscles')).toBe('Xx muscles');
    expect(t('ui:tabs.pain')).toBe(i18next.getFixedT('en')('ui:tabs.pain'));
    expect(t('ui:tabs.pain')).toBe('Where does it hurt?');
    const temporalis = describeMuscle(getMuscle('temporalis')!);
    expect(muscleText(t, temporalis).name).toBe(temporalis.name);
  });

  it('is offered by the language switch, named in its own words', async () => {
    await initI18n('en');
    setLanguage(XX);
    await vi.waitFor(() => expect(i18next.resolvedLanguage).toBe('xx'));
    const html = renderToStaticMarkup(createElement(LanguageSwitch));
    expect(html).toContain('<option value="xx" lang="xx" selected="">Xxian</option>');
  });

  it('is among the catalogues that tests and tools compare', () => {
    expect(resources[XX]).toEqual(xx);
    expect(Object.keys(resources.en)).toContain('muscle-names');
  });
});
