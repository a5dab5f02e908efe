// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onViewRequest, resetViewer, useModelStatus, useViewer } from '../../src/state';
import { ViewButtons } from '../../src/ui/ViewButtons';

const bar = () => screen.getByRole('navigation', { name: 'Camera views' });
const pressed = () =>
  within(bar())
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ phase: 'ready' });
});
afterEach(cleanup);

describe('the view bar says which preset the screen shows', () => {
  it('presses the preset asked for, and none once the camera has left it', () => {
    render(<ViewButtons />);
    expect(pressed()).toEqual(['Front']);
    fireEvent.click(within(bar()).getByRole('button', { name: 'Left' }));
    expect(pressed()).toEqual(['Left']);
    // The scene's camera turned toward a named place, or the user dragged it round.
    act(() => useViewer.getState().setCameraAway(true));
    expect(pressed()).toEqual([]);
  });

  it('asks the camera to go back when the preset it left is pressed again', () => {
    const asked: string[] = [];
    const stop = onViewRequest((v) => asked.push(v));
    render(<ViewButtons />);
    act(() => useViewer.getState().setCameraAway(true));
    fireEvent.click(within(bar()).getByRole('button', { name: 'Front' }));
    stop();
    expect(asked).toEqual(['front']);
  });
});
