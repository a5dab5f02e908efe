// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * The red flags' chunk cannot be fetched (a dropped connection before the offline copy was made):
 * the disclaimer says so and offers to try again, rather than a loading line for ever; trying
 * again once the connection is back shows them. A module of its own: its chunk state is the page's.
 */
afterEach(cleanup);

describe('the red flags when their chunk cannot be fetched', () => {
  it('say they could not be loaded, and come on trying again', async () => {
    vi.resetModules();
    vi.doMock('../../src/ui/RedFlags', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { Disclaimer } = await import('../../src/ui/Disclaimer');
    render(<Disclaimer open onClose={() => undefined} />);
    const again = await screen.findByRole('button', { name: /try again/i });
    expect(document.querySelector('.red-flags')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded/i);
    // The gravest signs stay in words that came with the first load.
    expect(screen.getByText(/sudden, severe or new headache/i)).toBeTruthy();
    expect(screen.getByText(/emergency number/i)).toBeTruthy();

    vi.doUnmock('../../src/ui/RedFlags');
    fireEvent.click(again);
    await waitFor(() => expect(document.querySelector('.red-flags')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('.red-flags-unavailable')).toBeNull();
  });
});
