// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeState, resetViewer, useViewer } from '../../src/state';
import { ShareButton } from '../../src/ui/share/ShareButton';
import { polyfillDialog } from '../support/jsdom-dialog';
import '../support/i18n';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  polyfillDialog();
  // jsdom draws nothing: the QR code's own test is in the browser (tests/e2e/share.test.ts).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const linkShown = () => (screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement).value;

describe('Share', () => {
  it('shows the link to the screen as it is at the click, copies it and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    useViewer.getState().select({ muscleId: 'temporalis', side: 'right' });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await partsLoaded();
    expect(screen.getByRole('dialog', { name: 'Share this view' })).toBeTruthy();
    const link = new URL(linkShown());
    expect(decodeState(link.search).state.selected).toEqual({ muscleId: 'temporalis', side: 'right' });
    // No share sheet in this browser: no button for it.
    expect(screen.queryByRole('button', { name: 'Send…' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied.'));
    expect(writeText).toHaveBeenCalledWith(link.href);
  });

  it('hands the link to the system share sheet where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await partsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Send…' }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: linkShown() });
  });

  it('selects the link to copy by hand when the clipboard refuses, and gives the focus back on closing', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<ShareButton />);
    const open = screen.getByRole('button', { name: 'Share' });
    fireEvent.click(open);
    await partsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('leaves the frame parameters of a clinic page out of the link', async () => {
    window.history.replaceState(null, '', '/?embed=1&panels=hidden&parentOrigin=https%3A%2F%2Fclinic.example');
    useViewer.getState().select({ muscleId: 'masseter-deep', side: 'left' });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await partsLoaded();
    const link = new URL(linkShown());
    expect([...link.searchParams.keys()]).toEqual(['m', 's']);
  });
});
