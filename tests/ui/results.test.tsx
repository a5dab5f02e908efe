// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, setLanguage } from '../../src/i18n';
import { examinedGroups, getMuscle, landmarks } from '../../src/mapping';
import { resetViewer, useModelStatus, useViewer } from '../../src/state';
import { Announcer } from '../../src/ui/Announcer';
import { ReverseLookup } from '../../src/ui/ReverseLookup';

const suboccipitals = examinedGroups.find((g) => g.id === 'suboccipital-muscles')!.members;

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ phase: 'no-webgl', message: { key: 'messages:model.noWebgl' } });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

const results = () => screen.getByRole('region', { name: /Possible source muscles|Posibles músculos de origen/ });
/** The top-level rows of the list, not the members of an opened group. */
const rows = () => [...results().querySelectorAll(':scope ol > li')] as HTMLElement[];

function showBackOfHead() {
  useViewer.getState().setMode('regions');
  render(
    <>
      <ReverseLookup />
      <Announcer />
    </>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Back of the head' }));
}

describe('results: the suboccipitals as one entry', () => {
  it('lists one closed group entry per side, which opens to its four members, each selectable', () => {
    showBackOfHead();
    const toggle = within(results()).getByRole('button', { name: /^\d+\. Suboccipital muscles \(left\)/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    for (const id of suboccipitals)
      expect(within(results()).queryByRole('button', { name: new RegExp(getMuscle(id)!.name) })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const members = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const names = within(members)
      .getAllByRole('button')
      .map((b) => b.querySelector('.candidate-name')!.textContent);
    expect(names.sort()).toEqual(suboccipitals.map((id) => `${getMuscle(id)!.name} (left)`).sort());
    // The four share one zone, so their order within the group rests on the frequency estimate, and says so.
    for (const b of within(members).getAllByRole('button'))
      expect(b.querySelector('.level')!.textContent).toContain('tie, ordered by an estimate');
    expect(results().textContent).toContain('an estimate, not a measured figure');
    fireEvent.click(within(members).getByRole('button', { name: /Rectus capitis posterior minor \(left\)/ }));
    expect(useViewer.getState().selected).toEqual({ muscleId: 'rectus-capitis-posterior-minor', side: 'left' });
    // Closing hides the members again.
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(results()).queryByRole('button', { name: /Rectus capitis posterior minor/ })).toBeNull();
  });

  it('counts entries alike in the list and in the announcement', () => {
    showBackOfHead();
    // The rows shown and those the list says it leaves out.
    const notShown = Number(/(\d+) less likely entr/.exec(results().textContent!)?.[1] ?? 0);
    const count = rows().length + notShown;
    expect(count).toBeGreaterThan(1);
    expect(document.querySelector('.announcer')!.textContent).toContain(
      `${count} possible sources found for Back of the head.`,
    );
  });

  it('shows the figures in words, in the order of the list, and no percentage', () => {
    showBackOfHead();
    const bands = ['covers most of the area', 'covers much of the area', 'covers part of the area', 'touches the area'];
    const shown = rows().map((li) => bands.findIndex((b) => li.querySelector('.level')!.textContent!.includes(b)));
    expect(shown.every((b) => b >= 0)).toBe(true);
    for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThanOrEqual(shown[i - 1]!);
    expect(results().textContent).not.toMatch(/\d+ ?%/);
    expect(results().textContent).not.toMatch(/explains/);
  });

  it('at a point, says how strong the match is', () => {
    useViewer.getState().setMode('point');
    useViewer.getState().setPainPoint(landmarks['pterion-left']);
    render(<ReverseLookup />);
    expect(rows()[0]!.querySelector('.level')!.textContent).toMatch(/^essential · strong match/);
  });

  it('opens by itself when one of its members is the selected muscle', () => {
    useViewer.getState().select({ muscleId: 'obliquus-capitis-superior', side: 'left' });
    showBackOfHead();
    const toggle = within(results()).getByRole('button', { name: /Suboccipital muscles \(left\)/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('speaks Spanish: the group, its members and the figures', () => {
    showBackOfHead();
    act(() => setLanguage('es'));
    const toggle = within(results()).getByRole('button', { name: /Músculos suboccipitales \(izquierdos\)/ });
    fireEvent.click(toggle);
    expect(results().textContent).toMatch(/cubre (casi toda|buena parte del|parte del) área|roza el área/);
    expect(results().textContent).toContain('4 músculos, que se exploran juntos');
    expect(document.querySelector('.announcer')!.textContent).toMatch(/Se encontraron \d+ posibles orígenes/);
  });
});
