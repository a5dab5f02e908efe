// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { muscles } from '../../src/mapping';
import { resetViewer, useModelStatus, useViewer } from '../../src/state';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { LayersPanel } from '../../src/ui/LayersPanel';
import { MuscleList } from '../../src/ui/MuscleList';
import { ReverseLookup } from '../../src/ui/ReverseLookup';
import { loadSearch } from '../../src/ui/useMuscleSearch';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ phase: 'no-webgl', message: { key: 'messages:model.noWebgl' } });
});
afterEach(cleanup);

describe('muscle list', () => {
  it('has a button per muscle and side, named "Name (side)"', () => {
    render(<MuscleList />);
    for (const m of muscles) {
      expect(screen.getByRole('button', { name: `${m.name} (left)` })).toBeTruthy();
      expect(screen.getByRole('button', { name: `${m.name} (right)` })).toBeTruthy();
    }
  });

  it('selects on click and filters by search', async () => {
    render(<MuscleList />);
    fireEvent.click(screen.getByRole('button', { name: 'Upper trapezius (left)' }));
    expect(useViewer.getState().selected).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'masseter' } });
    // The search arrives with the first letter typed (its own chunk); until then all are listed.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Upper trapezius (left)' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Masseter, deep part (right)' })).toBeTruthy();
  });
});

describe('information panel', () => {
  it('shows the selected muscle with anatomy, referral and full citations', async () => {
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    const panel = screen.getByRole('region', { name: 'Muscle information' });
    expect(within(panel).getByRole('heading', { name: 'Upper trapezius (left)' })).toBeTruthy();
    for (const h of ['Referred pain', 'Trigger points', 'Symptoms', 'What keeps it going', 'Anatomy', 'Sources'])
      expect(within(panel).getByRole('heading', { name: h })).toBeTruthy();
    expect(panel.textContent).toContain('Spinal accessory nerve');
    expect(panel.textContent).toContain('Simons DG, Travell JG');
  });
});

describe('reverse lookup without 3D', () => {
  it('answers a named region with ranked candidates and how much of it they cover, in words', () => {
    useViewer.getState().setMode('regions');
    render(<ReverseLookup />);
    fireEvent.click(screen.getByRole('button', { name: 'Temple (left)' }));
    const results = screen.getByRole('region', { name: 'Possible source muscles' });
    const names = within(results)
      .getAllByRole('button')
      .map((b) => b.querySelector('.candidate-name')?.textContent);
    expect(names).toContain('Upper trapezius (left)');
    expect(names).toContain('Temporalis (left)');
    expect(results.textContent).toMatch(/covers (most of|much of|part of) the area/);
    expect(results.textContent).not.toMatch(/\d+ ?%/);
    fireEvent.focus(within(results).getAllByRole('button')[0]!);
    expect(useViewer.getState().preview).not.toBeNull();
    fireEvent.click(within(results).getAllByRole('button')[0]!);
    expect(useViewer.getState().selected).not.toBeNull();
  });

  it('says that pointing and drawing need 3D, and offers the named places', () => {
    render(<ReverseLookup />);
    expect(screen.getByText(/need the 3D view/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Pain drawing' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Top of the head' })).toBeTruthy();
  });
});

describe('layers panel', () => {
  it('sets skin and toggles layers in the store', () => {
    render(<LayersPanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'Hidden' }));
    expect(useViewer.getState().layers.skin).toBe('hidden');
    fireEvent.click(screen.getByRole('checkbox', { name: /Superficial muscles/ }));
    expect(useViewer.getState().layers.superficial).toBe(false);
  });
});

describe('muscle search', () => {
  beforeAll(() => loadSearch());

  it('finds muscles by region and plain name, as a patient would say it', () => {
    render(<MuscleList />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'jaw' } });
    expect(screen.queryByRole('button', { name: 'Upper trapezius (left)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Temporalis (left)' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'forehead' } });
    // The place comes first, then its own muscle with the others that send pain there.
    const labels = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(labels.slice(0, 2)).toEqual(['Forehead (left)', 'Forehead (right)']);
    expect(labels).toContainEqual(expect.stringMatching(/^Frontalis.*\(left\)$/));
    expect(screen.getByRole('region', { name: 'Places that match' }).textContent).toMatch(/Can send pain here: .*/);
  });

  it('offers the place of a complaint, and choosing it shows that place', () => {
    const onShowPlace = vi.fn();
    render(<MuscleList onShowPlace={onShowPlace} />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'headache behind the eye' } });
    fireEvent.click(screen.getByRole('button', { name: 'Behind the eye (right)' }));
    expect(useViewer.getState().region).toEqual({ regionId: 'behind-the-eye', side: 'right' });
    expect(useViewer.getState().mode).toBe('regions');
    expect(onShowPlace).toHaveBeenCalledOnce();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'SCM' } });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Sternocleidomastoid, sternal division (left)',
      'Sternocleidomastoid, sternal division (right)',
      'Sternocleidomastoid, clavicular division (left)',
      'Sternocleidomastoid, clavicular division (right)',
    ]);
  });
});
