// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { initialModelStatus, resetViewer, useModelStatus, useViewer } from '../../src/state';
import { polyfillDialog } from '../support/jsdom-dialog';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ ...initialModelStatus });
  sessionStorage.clear();
  // jsdom has no WebGL: exactly the "3D missing" case the viewer must survive.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  polyfillDialog();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('App without WebGL', () => {
  it('says so plainly and keeps the lists, the information and the reverse lookup working', async () => {
    render(<App />);
    // The 3D chunk loads lazily, transformed on first use: on a busy machine that has taken more
    // than 10 s, and at a load of 20-25 (the browser tests of several checkouts) 42 s and over
    // 45 s. A bound, not a wait: the text is found as soon as the chunk has arrived.
    expect(await screen.findByText(/cannot show 3D graphics/, undefined, { timeout: 120_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I understand' }));
    fireEvent.click(screen.getByRole('button', { name: 'Temporalis (right)' }));
    await partsLoaded();
    expect(screen.getByRole('heading', { name: 'Temporalis (right)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Where does it hurt?' }));
    await partsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Behind the eye (left)' }));
    const results = screen.getByRole('region', { name: 'Possible source muscles' });
    expect(within(results).getAllByRole('button').length).toBeGreaterThan(0);
    expect(useViewer.getState().region).toEqual({ regionId: 'behind-the-eye', side: 'left' });
  }, 150_000);

  it('shows the disclaimer on the first visit and from the header at any time', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'For learning, not diagnosis' })).toBeTruthy();
    // The default voice is the clinician's: clinical terms, dissection first.
    expect(screen.getAllByRole('listitem')[0]!.textContent).toMatch(/^Cervical artery dissection/);
    fireEvent.click(screen.getByRole('button', { name: 'I understand' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not a diagnosis · red flags' }));
    expect(screen.getByRole('dialog').hasAttribute('open')).toBe(true);
  });

  it('after the disclaimer of a tour link, gives the focus to the tour card, so the arrow keys step it', async () => {
    useViewer.getState().startTour('neck-pain-and-headaches', 1);
    render(<App />);
    await partsLoaded();
    const understand = screen.getByRole('button', { name: 'I understand' });
    understand.focus();
    fireEvent.click(understand);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement?.classList.contains('tour-card')).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(useViewer.getState().tour?.step).toBe(2);
  });

  it('after the first disclaimer without a tour, gives the focus to the main content', () => {
    render(<App />);
    const understand = screen.getByRole('button', { name: 'I understand' });
    understand.focus();
    fireEvent.click(understand);
    expect(document.activeElement?.tagName).toBe('MAIN');
  });
});
