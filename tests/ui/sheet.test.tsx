// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewer, useModelStatus, useViewer } from '../../src/state';
import { detentHeight, nearestDetent, stepDetent, tapDetent } from '../../src/ui/sheet-detents';
import { Workspace } from '../../src/ui/Workspace';
import { partsLoaded } from '../support/parts-loaded';

const sizes = { peek: 100, stage: 684 };

describe('the heights a sheet rests at', () => {
  it('lowered is the handle and bar, half leaves the head more than half the stage, full leaves a strip', () => {
    expect(detentHeight('peek', sizes)).toBe(100);
    expect(detentHeight('half', sizes)).toBe(301);
    expect(detentHeight('full', sizes)).toBe(628);
    // On a short stage half still shows some of the body, and never passes full.
    expect(detentHeight('half', { peek: 100, stage: 300 })).toBe(240);
    expect(detentHeight('half', { peek: 200, stage: 300 })).toBe(244);
  });

  it('a drag ends at the nearest height; a step stops at the ends; a tap raises or lowers', () => {
    expect(nearestDetent(150, sizes)).toBe('peek');
    expect(nearestDetent(400, sizes)).toBe('half');
    expect(nearestDetent(2000, sizes)).toBe('full');
    expect(stepDetent('full', 1)).toBe('full');
    expect(stepDetent('peek', -1)).toBe('peek');
    expect(stepDetent('half', 1)).toBe('full');
    expect([tapDetent('peek'), tapDetent('half'), tapDetent('full')]).toEqual(['half', 'peek', 'half']);
  });
});

describe('the phone sheet', () => {
  beforeEach(() => {
    resetViewer();
    useModelStatus.setState({ phase: 'ready' });
    // A phone: the compact layout's media query matches.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width: 820px'),
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('holds the tools and the information as tabs behind a handle the keys move', () => {
    render(<Workspace />);
    const handle = screen.getByRole('slider', { name: 'Height of the tools and muscle information' });
    expect(handle.getAttribute('aria-valuetext')).toBe('Lowered: the head fills the screen');
    expect(screen.queryByRole('tab')).toBeNull();
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    expect(handle.getAttribute('aria-valuenow')).toBe('1');
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['Muscles', 'Where does it hurt?', 'Layers', 'Posture', 'Muscle information']);
    fireEvent.keyDown(handle, { key: 'End' });
    expect(handle.getAttribute('aria-valuetext')).toBe('Full height');
  });

  it('keeps the chosen muscle and its turn above every tab; the turn brings a full sheet down to half', async () => {
    render(<Workspace />);
    const handle = screen.getByRole('slider');
    fireEvent.keyDown(handle, { key: 'End' });
    fireEvent.click(screen.getByRole('button', { name: 'Upper trapezius (left)' }));
    const sheet = screen.getByRole('region', { name: 'Tools and muscle information' });
    expect(within(sheet).getByText('Upper trapezius (left)', { selector: '.selection-name' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Muscle information' }));
    await partsLoaded();
    expect(screen.getByRole('heading', { name: 'Upper trapezius (left)' })).toBeTruthy();
    // One turn button for every tab: the information's own is left to the bar (hidden by the sheet's CSS).
    const turns = screen.getAllByRole('button', { name: 'Turn to the pain pattern' });
    expect(turns.filter((b) => b.closest('.selection-bar'))).toHaveLength(1);
    fireEvent.click(turns.find((b) => b.closest('.selection-bar'))!);
    expect(useViewer.getState().view).toBe('left');
    expect(handle.getAttribute('aria-valuetext')).toBe('Half height');
  });
});
