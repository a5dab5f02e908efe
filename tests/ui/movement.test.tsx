// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SELF_CARE_ADVICE } from '../../src/clinic/self-care';
import { EXERCISE_WORDS } from '../../src/clinic/exercising';
import { i18next, setLanguage } from '../../src/i18n';
import { comparePostures, exerciseFor, lengthChanges, positionMs, POSTURE_ADVICE } from '../../src/movement';
import { loadPreferences, resetViewer, usePreferences, useModelStatus, useViewer } from '../../src/state';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { MovementPanel } from '../../src/ui/movement/MovementPanel';
import { partsLoaded } from '../support/parts-loaded';

const reducedMotion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));

beforeEach(() => {
  resetViewer();
  localStorage.clear();
  loadPreferences();
  useModelStatus.setState({ phase: 'ready' });
  reducedMotion(false);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
  localStorage.clear();
  loadPreferences();
});

const comparison = comparePostures();

describe('the posture view', () => {
  it('toggles forward head and neutral posture on the head, in profile', () => {
    render(<MovementPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the posture view' }));
    expect(useViewer.getState().posture).toEqual({ posture: 'forward-head-posture' });
    expect(useViewer.getState().view).toBe('left');
    const group = screen.getByRole('group', { name: 'Posture shown on the model' });
    const neutral = within(group).getByRole('button', { name: 'Neutral (upright)' });
    expect(within(group).getByRole('button', { name: 'Forward head posture' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(neutral);
    expect(useViewer.getState().posture).toEqual({ posture: 'neutral' });
    expect(neutral.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Shown now: Neutral (upright), angle 59.8°');
    fireEvent.click(screen.getByRole('button', { name: 'Close the posture view' }));
    expect(useViewer.getState().posture).toBeNull();
  });

  it('lists the computed length changes, the angles, the advice and, for clinicians, the sources', () => {
    const { container } = render(<MovementPanel />);
    const shortened = [...container.querySelectorAll('ul.posture-shortened li')].map((li) => li.textContent);
    expect(shortened).toHaveLength(comparison.shortened.length);
    expect(shortened[0]).toBe(`Rectus capitis posterior major: ${Math.round(comparison.shortened[0]!.percent)} %`);
    const lengthened = [...container.querySelectorAll('ul.posture-lengthened li')].map((li) => li.textContent);
    expect(lengthened).toHaveLength(comparison.lengthened.length);
    expect(lengthened.join()).toContain(`${Math.round(comparison.lengthened[0]!.percent)} %`);
    const angle = container.querySelector('.posture-angle')!.textContent!;
    expect(angle).toContain('neutral 59.8°, forward head 47.5°');
    for (const id of POSTURE_ADVICE) expect(container.textContent).toContain(SELF_CARE_ADVICE[id]);
    expect(container.textContent).toContain('Watson DH, Trott PH');
    act(() => usePreferences.getState().setVoice('patient'));
    expect(container.textContent).not.toContain('Watson DH, Trott PH');
    expect(screen.getByRole('button', { name: 'Show me good and poor posture' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Muscles that work shortened' })).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    render(<MovementPanel />);
    await act(() => setLanguage('es'));
    fireEvent.click(screen.getByRole('button', { name: 'Mostrar la vista de postura' }));
    expect(screen.getByRole('status').textContent).toBe('Se muestra: Postura de cabeza adelantada, ángulo 47,5°');
    expect(screen.getByRole('heading', { name: 'Ejercicios' })).toBeTruthy();
  });
});

describe('an exercise on the head', () => {
  const show = () => screen.getByRole('button', { name: 'Show Craniocervical flexion (chin-tuck nod) on the model' });
  const player = () => screen.getByRole('group', { name: /Exercise demonstration: Craniocervical flexion/ });

  it('plays with motion: moving, holding, paused, finished, stopped', () => {
    render(<MovementPanel />);
    fireEvent.click(show());
    const status = () => player().querySelector('.exercise-status')!.textContent;
    expect(status()).toBe('Moving slowly to position 2 of 3: chin nodded with the top of the neck');
    act(() => useViewer.getState().advanceExercise(positionMs(1) + 100));
    expect(status()).toBe('Holding position 2 of 3: chin nodded with the top of the neck');
    fireEvent.click(within(player()).getByRole('button', { name: 'Pause' }));
    expect(status()).toBe('Paused near position 2 of 3');
    fireEvent.click(within(player()).getByRole('button', { name: 'Play' }));
    act(() => useViewer.getState().advanceExercise(60_000));
    expect(status()).toBe('Finished: back at the start');
    fireEvent.click(within(player()).getByRole('button', { name: 'Stop' }));
    expect(useViewer.getState().exercise).toBeNull();
  });

  it('under reduced motion shows the positions still, stepped with Previous and Next', () => {
    reducedMotion(true);
    render(<MovementPanel />);
    fireEvent.click(show());
    const status = () => player().querySelector('.exercise-status')!.textContent;
    expect(status()).toBe('Position 2 of 3: chin nodded with the top of the neck');
    expect(within(player()).queryByRole('button', { name: 'Play' })).toBeNull();
    fireEvent.click(within(player()).getByRole('button', { name: 'Next position' }));
    expect(status()).toBe('Position 3 of 3: upright, looking ahead');
    expect((within(player()).getByRole('button', { name: 'Next position' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(player()).getByRole('button', { name: 'Previous position' }));
    fireEvent.click(within(player()).getByRole('button', { name: 'Previous position' }));
    expect(status()).toBe('Position 1 of 3: upright, looking ahead');
  });

  it('names the muscles its position shortens and lengthens, with their computed lengths', () => {
    reducedMotion(true);
    render(<MovementPanel />);
    fireEvent.click(show());
    const nod = lengthChanges(exerciseFor('craniocervical-flexion')!.sequence[1]!);
    const items = (kind: string) =>
      [...player().querySelectorAll(`ul.position-${kind} li`)].map((li) => li.textContent);
    const major = nod.lengthened.find((m) => m.id === 'rectus-capitis-posterior-major')!;
    expect(items('lengthened')).toContain(
      `Rectus capitis posterior major (both sides): ${Math.round(major.percent)} %`,
    );
    expect(items('shortened')[0]).toMatch(/\(both sides\): \d+ %$/);
    expect(within(player()).getByRole('list', { name: /Lengthened in this position/ })).toBeTruthy();
    // Back upright: nothing changed enough to name.
    fireEvent.click(within(player()).getByRole('button', { name: 'Next position' }));
    expect(player().querySelector('.position-lengths')!.textContent).toBe(
      'In this position every muscle is within 3 % of its rest length.',
    );
    fireEvent.click(within(player()).getByRole('button', { name: 'Previous position' }));
    act(() => usePreferences.getState().setVoice('patient'));
    // The player's name follows the voice ("Chin-tuck nod"); so do the lists' titles.
    expect(screen.getByRole('list', { name: /Longer in this position/ })).toBeTruthy();
  });

  it('a turn names each side apart, and counts what it does not name', () => {
    reducedMotion(true);
    render(<MovementPanel />);
    fireEvent.click(screen.getByRole('button', { name: /Show Active range of motion/ }));
    const turn = lengthChanges(exerciseFor('range-of-motion-turns')!.sequence[1]!);
    const group = screen.getByRole('group', { name: /Exercise demonstration: Active range of motion/ });
    const shortened = [...group.querySelectorAll('ul.position-shortened li')].map((li) => li.textContent);
    expect(shortened).toHaveLength(4);
    expect(shortened[0]).toBe(`Obliquus capitis inferior (left): ${Math.round(turn.shortened[0]!.percent)} %`);
    expect(group.textContent).toContain(`and ${turn.shortened.length - 4} more, coloured on the head`);
  });

  it('says how, how long and when to stop, in both voices', () => {
    const { container } = render(<MovementPanel />);
    expect(container.textContent).toContain(EXERCISE_WORDS['craniocervical-flexion'].dose.clinician);
    act(() => usePreferences.getState().setVoice('patient'));
    expect(container.textContent).toContain(EXERCISE_WORDS['craniocervical-flexion'].how.patient);
    expect(screen.getByRole('button', { name: 'Show me: Shoulder blades back and down' })).toBeTruthy();
  });

  it('is offered where the self-care advice names it', async () => {
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(
      screen.getByRole('button', { name: 'Show Craniocervical flexion (chin-tuck nod) on the model' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /Show Active range of motion/ })).toBeTruthy();
  });
});

describe('on a model without joints', () => {
  it('offers neither the posture on the head nor an exercise, and keeps the figures and the words', () => {
    useModelStatus.setState({ phase: 'ready', posable: false });
    render(<MovementPanel />);
    expect(screen.queryByRole('button', { name: 'Show the posture view' })).toBeNull();
    expect(screen.getByText('This model has no joints, so the postures cannot be shown on it.')).toBeTruthy();
    expect(screen.getAllByText('This model has no joints, so the exercise cannot be shown on it.')).toHaveLength(3);
    expect(document.querySelectorAll('.posture-shortened li').length).toBe(comparison.shortened.length);
  });
});
