// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { i18next, setLanguage, type Messages } from '../../src/i18n';
import { resources } from '../../src/i18n/all-resources';
import { initialModelStatus, resetViewer, useModelStatus } from '../../src/state';
import { polyfillDialog } from '../support/jsdom-dialog';
import { partsLoaded } from '../support/parts-loaded';

/** Every English message of the interface's namespaces that Spanish words differently. */
function englishOnly(): Set<string> {
  const out = new Set<string>();
  const walk = (en: Messages | undefined, es: Messages | undefined) => {
    for (const [key, value] of Object.entries(en ?? {})) {
      const other = es?.[key];
      if (typeof value === 'string') {
        // Messages with placeholders are checked by their fixed words elsewhere.
        if (value !== other && !value.includes('{{')) out.add(value);
      } else walk(value, typeof other === 'object' ? other : undefined);
    }
  };
  for (const ns of ['common', 'ui', 'panels', 'messages', 'regions', 'muscle-names'])
    walk(resources.en[ns], resources.es[ns]);
  return out;
}

/** What a reader or a screen reader meets: text nodes, accessible names, placeholders. */
function wordsOnScreen(): string[] {
  const words: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) words.push(n.textContent?.trim() ?? '');
  for (const el of document.querySelectorAll('[aria-label], [placeholder]'))
    words.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '');
  return words.filter(Boolean);
}

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ ...initialModelStatus });
  sessionStorage.clear();
  localStorage.clear();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  polyfillDialog();
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18next.changeLanguage('en');
  localStorage.clear();
});

describe('the whole screen in Spanish', () => {
  it('leaves no English interface message behind, in text or accessible names', async () => {
    render(<App />);
    act(() => setLanguage('es'));
    const english = englishOnly();
    const leftovers = () => wordsOnScreen().filter((w) => english.has(w));
    // The 3D chunk loads lazily, transformed on first use: at a load of 20-25 that took over 45 s
    // (tests/ui/app.test.tsx). A bound, not a wait.
    expect(await screen.findByText(/no puede mostrar gráficos 3D/, undefined, { timeout: 120_000 })).toBeTruthy();
    expect(leftovers()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Entendido' }));
    fireEvent.click(screen.getByRole('button', { name: 'Temporal (derecho)' }));
    expect(leftovers()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: '¿Dónde le duele?' }));
    await partsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Detrás del ojo (izquierdo)' }));
    expect(screen.getByRole('region', { name: 'Posibles músculos de origen' })).toBeTruthy();
    expect(leftovers()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Capas' }));
    await partsLoaded();
    expect(leftovers()).toEqual([]);
  }, 150_000);
});
