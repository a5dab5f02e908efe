// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, setLanguage } from '../../src/i18n';
import { postures } from '../../src/movement';
import { loadPreferences, resetViewer, useModelStatus, usePreferences, useViewer } from '../../src/state';
import { registerCapture, type SnapshotRequest } from '../../src/state/snapshot';
import { MovementPanel } from '../../src/ui/movement/MovementPanel';

let asked: SnapshotRequest[] = [];

beforeEach(() => {
  resetViewer();
  localStorage.clear();
  loadPreferences();
  useModelStatus.setState({ phase: 'ready', posable: true });
  asked = [];
  // A 3D view that draws: each picture is numbered in the order asked for.
  registerCapture((r) => {
    asked.push(r);
    return `data:image/png;base64,${asked.length}`;
  });
});
afterEach(async () => {
  cleanup();
  registerCapture(null);
  await i18next.changeLanguage('en');
  localStorage.clear();
  loadPreferences();
});

const showPostureView = () => fireEvent.click(screen.getByRole('button', { name: 'Show the posture view' }));

describe('both postures side by side', () => {
  it('draws neutral and forward head posture in profile, each in its own pose, beside each other', () => {
    render(<MovementPanel />);
    expect(screen.queryByRole('button', { name: 'Both postures side by side' })).toBeNull();
    showPostureView();
    const button = screen.getByRole('button', { name: 'Both postures side by side' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(asked.map((r) => r.pose)).toEqual([postures.neutral, postures['forward-head-posture']]);
    expect(new Set(asked.map((r) => r.view))).toEqual(new Set(['left']));
    const pair = document.querySelector('.posture-pair') as HTMLElement;
    const images = within(pair).getAllByRole('img') as HTMLImageElement[];
    expect(images.map((i) => i.src)).toEqual(['data:image/png;base64,1', 'data:image/png;base64,2']);
    expect(images[1]!.alt).toBe(
      'Forward head posture seen from the left, the muscles coloured as on the model; angle 47.5°',
    );
    expect([...pair.querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual([
      'Neutral (upright): 59.8°',
      'Forward head posture: 47.5°',
    ]);
    // The live head keeps the posture chosen in the toggle.
    expect(useViewer.getState().posture).toEqual({ posture: 'forward-head-posture' });
    fireEvent.click(button);
    expect(document.querySelector('.posture-pair')).toBeNull();
  });

  it('speaks to the patient, and Spanish', async () => {
    render(<MovementPanel />);
    act(() => usePreferences.getState().setVoice('patient'));
    fireEvent.click(screen.getByRole('button', { name: 'Show me good and poor posture' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show both side by side' }));
    expect(screen.getAllByRole('img', { name: /^Upright seen from the left/ })).toHaveLength(1);
    await act(() => setLanguage('es'));
    expect(screen.getByRole('button', { name: 'Ver las dos juntas' }).getAttribute('aria-pressed')).toBe('true');
    const captions = [...document.querySelectorAll('.posture-pair figcaption')].map((f) => f.textContent);
    expect(captions[1]).toMatch(/: 47,5°$/);
  });

  it('is gone with the posture view', () => {
    render(<MovementPanel />);
    showPostureView();
    fireEvent.click(screen.getByRole('button', { name: 'Both postures side by side' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close the posture view' }));
    expect(document.querySelector('.posture-pair')).toBeNull();
  });
});
