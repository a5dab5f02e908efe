// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next, setLanguage } from '../../src/i18n';
import { positionMs } from '../../src/movement';
import { loadPreferences, resetViewer, useModelStatus, useViewer } from '../../src/state';
import { Announcer } from '../../src/ui/Announcer';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { MovementPanel } from '../../src/ui/movement/MovementPanel';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  localStorage.clear();
  loadPreferences();
  useModelStatus.setState({ phase: 'ready' });
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => {}, removeEventListener: () => {} }));
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

/** What a screen reader is told: the text of every live region on the page that holds `words`. */
function announced(words: string): number {
  const live = document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]');
  return [...live].filter((region) => region.textContent?.includes(words)).length;
}

/** Both homes of the exercise player: the Posture tab, and the self-care of the upper trapezius, with the announcer. */
async function bothPlayers(): Promise<void> {
  useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
  render(
    <>
      <MovementPanel />
      <InfoPanel />
      <Announcer />
    </>,
  );
  await partsLoaded();
}

const players = (name = /Exercise demonstration: Craniocervical flexion/) => screen.getAllByRole('group', { name });
const shown = (name?: RegExp) => players(name).map((p) => p.querySelector('.exercise-status')?.textContent);

describe('an exercise shown in both places at once', () => {
  it('is announced once per change, and both players show where it is', async () => {
    await bothPlayers();
    const buttons = screen.getAllByRole('button', { name: 'Show Craniocervical flexion (chin-tuck nod) on the model' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]!);
    const moving = 'Moving slowly to position 2 of 3: chin nodded with the top of the neck';
    expect(shown()).toEqual([moving, moving]);
    expect(announced(moving)).toBe(1);
    act(() => useViewer.getState().advanceExercise(positionMs(1) + 100));
    const holding = 'Holding position 2 of 3: chin nodded with the top of the neck';
    expect(shown()).toEqual([holding, holding]);
    expect(announced(holding)).toBe(1);
    expect(announced(moving)).toBe(0);
    fireEvent.click(within(players()[0]!).getByRole('button', { name: 'Pause' }));
    expect(announced('Paused near position 2 of 3')).toBe(1);
    fireEvent.click(within(players()[1]!).getByRole('button', { name: 'Stop' }));
    expect(screen.queryAllByRole('group', { name: /Exercise demonstration/ })).toEqual([]);
    expect(announced('position')).toBe(0);
  });

  it('is announced once in Spanish too', async () => {
    await bothPlayers();
    await act(() => setLanguage('es'));
    fireEvent.click(screen.getAllByRole('button', { name: /^Mostrar Flexión craneocervical/ })[0]!);
    const words = 'Moviéndose despacio a la posición 2 de 3';
    const group = /Demostración del ejercicio: Flexión craneocervical/;
    expect(shown(group).map((s) => s?.startsWith(words))).toEqual([true, true]);
    expect(announced(words)).toBe(1);
  });
});
