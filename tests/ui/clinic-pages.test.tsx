// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADACHE_TYPES } from '../../src/clinic/headache-types';
import { i18next, setLanguage } from '../../src/i18n';
import { resetViewer, useModelStatus, usePreferences, useViewer } from '../../src/state';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { ReverseLookup } from '../../src/ui/ReverseLookup';
import { polyfillDialog } from '../support/jsdom-dialog';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  usePreferences.setState({ voice: 'clinician' });
  useModelStatus.setState({ phase: 'no-webgl', message: { key: 'messages:model.noWebgl' } });
  polyfillDialog();
});
afterEach(async () => {
  cleanup();
  usePreferences.setState({ voice: 'clinician' });
  await i18next.changeLanguage('en');
});

const panel = () => screen.getByRole('region', { name: /Muscle information|Información del músculo/ });

describe('the information panel: finding the trigger points, the stretch, also examine', () => {
  it('tells the clinician how the trigger points are found and confirmed, and the stretch', async () => {
    useViewer.getState().select({ muscleId: 'medial-pterygoid', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(within(panel()).getByRole('heading', { name: 'Finding the trigger points' })).toBeTruthy();
    const text = panel().textContent!;
    expect(text).toContain('from outside, or inside the mouth, gloved');
    expect(text).toContain('flat, pressing against the bone beneath');
    expect(text).toContain('A taut band');
    expect(text).toContain('Controlled opening with a small side shift toward the same side.');
  });

  it('gives the patient the stretch alone, in plain words, with its caution', async () => {
    usePreferences.setState({ voice: 'patient' });
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'right' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(within(panel()).queryByRole('heading', { name: 'Finding the trigger points' })).toBeNull();
    expect(within(panel()).getByRole('heading', { name: 'How this muscle is stretched' })).toBeTruthy();
    expect(panel().textContent).toContain('tip your ear toward the other shoulder');
    expect(panel().textContent).toContain('stop if it brings on dizziness');
  });

  it('links key and satellite trigger points both ways, each link selecting that muscle on the same side', async () => {
    useViewer.getState().select({ muscleId: 'sternocleidomastoid-clavicular', side: 'right' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(within(panel()).getByRole('heading', { name: 'Also examine' })).toBeTruthy();
    fireEvent.click(within(panel()).getByRole('button', { name: /^Frontalis.*\(right\)$/ }));
    expect(useViewer.getState().selected).toEqual({ muscleId: 'frontalis', side: 'right' });
    // Now on the frontalis: the link back to its key.
    expect(panel().textContent).toContain('Its trigger points can be satellites of a key trigger point in:');
    expect(
      within(panel()).getByRole('button', { name: 'Sternocleidomastoid, clavicular division (right)' }),
    ).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    useViewer.getState().select({ muscleId: 'masseter-superficial', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    act(() => setLanguage('es'));
    expect(within(panel()).getByRole('heading', { name: 'Cómo encontrar los puntos gatillo' })).toBeTruthy();
    expect(within(panel()).getByRole('heading', { name: 'Explorar también' })).toBeTruthy();
    expect(panel().textContent).toContain('Apertura controlada con la lengua en el paladar');
  });
});

describe('headache types, one click from the results', () => {
  function results() {
    useViewer.getState().setMode('regions');
    render(<ReverseLookup />);
    fireEvent.click(screen.getByRole('button', { name: 'Temple (left)' }));
  }

  it('opens every type with how it feels, its muscles and whom to see, and gives the focus back', async () => {
    results();
    const open = screen.getByRole('button', { name: 'Headache types' });
    fireEvent.click(open);
    await partsLoaded();
    const dialog = screen.getByRole('dialog', { name: 'Headache types' });
    const names = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(names).toEqual(HEADACHE_TYPES.map((h) => h.name.clinician));
    expect(dialog.textContent).toContain('Muscles to examine: Suboccipital muscles, Upper trapezius');
    expect(dialog.textContent).toContain('[ICHD-3]');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(open);
  });

  it('in the patient voice and in Spanish', async () => {
    usePreferences.setState({ voice: 'patient' });
    results();
    act(() => setLanguage('es'));
    fireEvent.click(screen.getByRole('button', { name: 'Tipos de dolor de cabeza' }));
    await partsLoaded();
    const dialog = screen.getByRole('dialog', { name: 'Tipos de dolor de cabeza' });
    expect(dialog.textContent).toContain('Dolor de la articulación de la mandíbula');
    expect(dialog.textContent).toContain('A quién consultar');
    expect(dialog.textContent).not.toContain('[ICHD-3]');
  });
});
