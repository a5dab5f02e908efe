// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next, setLanguage } from '../../src/i18n';
import { loadPreferences, resetViewer, usePreferences, useModelStatus, useViewer } from '../../src/state';
import { Header } from '../../src/ui/Header';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { muscleLabel, regionLabel } from '../../src/ui/labels';
import { MuscleList } from '../../src/ui/MuscleList';
import { Notices } from '../../src/ui/Notices';
import { loadSearch } from '../../src/ui/useMuscleSearch';
import { polyfillDialog } from '../support/jsdom-dialog';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  localStorage.clear();
  sessionStorage.setItem('disclaimer-seen', '1');
  loadPreferences();
  useModelStatus.setState({ phase: 'no-webgl', message: { key: 'messages:model.noWebgl' } });
  polyfillDialog();
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18next.changeLanguage('en');
  localStorage.clear();
  loadPreferences();
});

const spanish = () => act(() => setLanguage('es'));

describe('language switch', () => {
  it('switches the header to Spanish and remembers the choice', () => {
    render(<Header />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'es' } });
    expect(screen.getByRole('heading', { name: 'Puntos gatillo de cabeza y cuello' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'No es un diagnóstico · señales de alarma' })).toBeTruthy();
    expect(localStorage.getItem('language')).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Puntos gatillo de cabeza y cuello');
  });

  it('names each language in its own words, whatever the screen speaks', () => {
    render(<Header />);
    const options = within(screen.getByRole('combobox', { name: 'Language' })).getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Español', 'es'],
    ]);
  });
});

describe('voice switch', () => {
  it('starts as clinician, and remembers the patient voice with a larger base size', () => {
    render(<Header />);
    const group = screen.getByRole('group', { name: 'Explanations for' });
    expect(within(group).getByRole('button', { name: 'Clinician / student' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(within(group).getByRole('button', { name: 'Patient' }));
    expect(within(group).getByRole('button', { name: 'Patient' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.classList.contains('patient-voice')).toBe(true);
    expect(localStorage.getItem('voice')).toBe('patient');
    usePreferences.setState({ voice: 'clinician' });
    loadPreferences();
    expect(usePreferences.getState().voice).toBe('patient');
  });

  it('ignores a corrupt stored voice and storage that refuses', () => {
    localStorage.setItem('voice', '{"voice":"patient"}');
    loadPreferences();
    expect(usePreferences.getState().voice).toBe('clinician');
    expect(document.documentElement.classList.contains('patient-voice')).toBe(false);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => loadPreferences()).not.toThrow();
    expect(usePreferences.getState().voice).toBe('clinician');
    expect(() => usePreferences.getState().setVoice('patient')).not.toThrow();
    expect(usePreferences.getState().voice).toBe('patient');
  });
});

describe('information panel by voice', () => {
  beforeEach(() => useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' }));

  it('clinician: anatomical name first, attachments, innervation, trigger points and sources', async () => {
    render(<InfoPanel />);
    await partsLoaded();
    const panel = screen.getByRole('region', { name: 'Muscle information' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Upper trapezius (left)');
    for (const h of ['Anatomy', 'Trigger points', 'Sources'])
      expect(within(panel).getByRole('heading', { name: h })).toBeTruthy();
    expect(panel.textContent).toContain('Spinal accessory nerve');
    // Anatomy first, the evidence last.
    const order = [...panel.querySelectorAll('h3')].map((h) => h.textContent);
    expect(order[0]).toBe('Anatomy');
    expect(order.at(-1)).toBe('Sources');
    expect(order.indexOf('Referred pain')).toBeLessThan(order.indexOf('Symptoms'));
  });

  it('patient: plain name first, no attachments or sources, but symptoms, causes and self-care', async () => {
    act(() => usePreferences.getState().setVoice('patient'));
    render(<InfoPanel />);
    await partsLoaded();
    const panel = screen.getByRole('region', { name: 'Muscle information' });
    const heading = within(panel).getByRole('heading', { level: 2 }).textContent;
    expect(heading).toMatch(/ \(left\)$/);
    expect(heading).not.toContain('Upper trapezius');
    expect(panel.querySelector('.plain-name')?.textContent).toBe('Upper trapezius');
    for (const h of ['Anatomy', 'Trigger points', 'Sources', 'Innervation'])
      expect(within(panel).queryByRole('heading', { name: h })).toBeNull();
    expect(panel.textContent).not.toContain('Spinal accessory nerve');
    expect(panel.textContent).not.toContain('Simons DG');
    for (const h of ['Referred pain', 'Symptoms', 'What keeps it going', 'What you can try'])
      expect(within(panel).getByRole('heading', { name: h })).toBeTruthy();
    // Where it hurts leads; what to try follows what it feels like and what keeps it going.
    const order = [...panel.querySelectorAll('h3')].map((h) => h.textContent);
    expect(order[0]).toBe('Referred pain');
    expect(order.indexOf('What you can try')).toBeGreaterThan(order.indexOf('What keeps it going'));
  });

  it('patient voice names the side buttons of the list by the plain name', () => {
    act(() => usePreferences.getState().setVoice('patient'));
    render(<MuscleList />);
    expect(screen.queryByRole('button', { name: 'Upper trapezius (left)' })).toBeNull();
    const plain = i18next.t('muscle-names:upper-trapezius.plain');
    expect(screen.getByRole('button', { name: `${plain} (left)` })).toBeTruthy();
  });
});

describe('Spanish labels', () => {
  it('names muscles and places with the side agreeing in Spanish', async () => {
    await i18next.changeLanguage('es');
    const t = i18next.t.bind(i18next);
    expect(muscleLabel(t, 'upper-trapezius', 'left')).toBe('Trapecio superior (izquierdo)');
    expect(muscleLabel(t, 'upper-trapezius', 'right', 'patient')).toBe('Músculo de la parte alta del hombro (derecho)');
    expect(regionLabel(t, 'temple', 'left')).toBe('Sien (izquierda)');
    expect(regionLabel(t, 'top-of-the-head', 'right')).toBe('Coronilla');
  });

  it('lists the muscles in Spanish and finds them by Spanish, unaccented or English names', async () => {
    await loadSearch();
    render(<MuscleList />);
    spanish();
    expect(screen.getByRole('button', { name: 'Trapecio superior (izquierdo)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Mandíbula (músculos de la masticación)' })).toBeTruthy();
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'cigomatico' } });
    expect(screen.getByRole('button', { name: 'Cigomático mayor (derecho)' })).toBeTruthy();
    fireEvent.change(search, { target: { value: 'trapezius' } });
    expect(screen.getByRole('button', { name: 'Trapecio superior (derecho)' })).toBeTruthy();
    fireEvent.change(search, { target: { value: 'mandíbula' } });
    expect(screen.getByRole('button', { name: 'Masetero, porción profunda (izquierdo)' })).toBeTruthy();
    fireEvent.change(search, { target: { value: 'zzz' } });
    expect(screen.getByText('Ningún músculo coincide con “zzz”.')).toBeTruthy();
  });

  it('shows the information panel in Spanish, citations as published', async () => {
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    spanish();
    const panel = screen.getByRole('region', { name: 'Información del músculo' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Trapecio superior (izquierdo)');
    for (const h of ['Dolor referido', 'Puntos gatillo', 'Síntomas', 'Qué lo mantiene', 'Anatomía', 'Fuentes'])
      expect(within(panel).getByRole('heading', { name: h })).toBeTruthy();
    expect(panel.textContent).toContain('Simons DG, Travell JG');
  });

  it('rewords notices raised before the switch', () => {
    useViewer.getState().addNotice({ key: 'messages:link.unknownView', params: { value: 'inside' } });
    render(<Notices />);
    expect(screen.getByText('Unknown view "inside" ignored.')).toBeTruthy();
    spanish();
    expect(screen.getByText('Se ignoró la vista desconocida "inside".')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cerrar aviso' })).toBeTruthy();
  });
});
