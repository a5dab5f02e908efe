// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart } from '../../src/ui/lazy-part';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('a part of the screen fetched when first shown', () => {
  it('shows a loading line, then the part with its props', async () => {
    const Part = lazyPart(async () => Greeting);
    render(<Part name="Ana" />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect((await screen.findByText('Hello Ana')).tagName).toBe('P');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when its chunk cannot be fetched, and shows it after Try again', async () => {
    let attempts = 0;
    const Part = lazyPart(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return Greeting;
    });
    render(
      <>
        <Part name="Ana" />
        <p>The rest of the screen</p>
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
    expect(screen.getByText('The rest of the screen')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Ana')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(attempts).toBe(2);
  });
});
