// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { muscles } from '../../src/mapping';
import { MuscleList } from '../../src/ui/MuscleList';

// The search's chunk cannot be fetched (a dropped connection before it was cached).
vi.mock('../../src/ui/muscle-search', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

describe('muscle search that cannot load', () => {
  it('says so and still lists every muscle, instead of an empty list or a crash', async () => {
    render(<MuscleList />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'masseter' } });
    expect((await screen.findByRole('status')).textContent).toMatch(/could not be loaded/);
    expect(screen.getAllByRole('button', { name: /\((left|right)\)$/ })).toHaveLength(muscles.length * 2);
    expect(screen.queryByText(/No muscle matches/)).toBeNull();
  });
});
