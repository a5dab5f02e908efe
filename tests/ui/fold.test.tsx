// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPreferences, resetViewer, useModelStatus, useViewer } from '../../src/state';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { partsLoaded } from '../support/parts-loaded';

const panel = () => screen.getByRole('region', { name: 'Muscle information' });
const sectionButton = (name: string) => within(panel()).getByRole('button', { name });

beforeEach(() => {
  localStorage.clear();
  loadPreferences();
  resetViewer();
  useModelStatus.setState({ phase: 'no-webgl', message: { key: 'messages:model.noWebgl' } });
  useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
});
afterEach(cleanup);

describe('information panel sections that fold', () => {
  it('keeps each section a heading whose button says whether it is open', async () => {
    render(<InfoPanel />);
    await partsLoaded();
    const heading = within(panel()).getByRole('heading', { name: 'Sources' });
    expect(within(heading).getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect(panel().textContent).toContain('Simons DG, Travell JG');
  });

  it('folds a section away and opens it again, leaving the others open', async () => {
    render(<InfoPanel />);
    await partsLoaded();
    fireEvent.click(sectionButton('Sources'));
    expect(sectionButton('Sources').getAttribute('aria-expanded')).toBe('false');
    const body = document.getElementById(sectionButton('Sources').getAttribute('aria-controls')!)!;
    expect(body.hidden).toBe(true);
    expect(sectionButton('Anatomy').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Spinal accessory nerve', { exact: false })).toBeTruthy();

    fireEvent.click(sectionButton('Sources'));
    expect(body.hidden).toBe(false);
  });

  it('keeps a folded section folded for the next muscle and the next visit', async () => {
    render(<InfoPanel />);
    await partsLoaded();
    fireEvent.click(sectionButton('Anatomy'));
    act(() => useViewer.getState().select({ muscleId: 'temporalis', side: 'right' }));
    expect(within(panel()).getByRole('heading', { name: 'Temporalis (right)' })).toBeTruthy();
    expect(sectionButton('Anatomy').getAttribute('aria-expanded')).toBe('false');

    cleanup();
    loadPreferences(); // a new visit reads what this device remembered
    render(<InfoPanel />);
    expect(sectionButton('Anatomy').getAttribute('aria-expanded')).toBe('false');
    expect(sectionButton('Referred pain').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens every section when the remembered value cannot be read', async () => {
    localStorage.setItem('folded-sections', '{not json');
    loadPreferences();
    render(<InfoPanel />);
    await partsLoaded();
    for (const name of ['Anatomy', 'Referred pain', 'Sources'])
      expect(sectionButton(name).getAttribute('aria-expanded')).toBe('true');
  });
});
