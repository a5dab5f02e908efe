// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetViewer, useModelStatus, useViewer } from '../../src/state';
import { Legend } from '../../src/ui/Legend';

const stroke = { erase: false, dabs: [{ at: [0.07, 0.03, 0.04] as const, radiusMm: 12 }] };

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ phase: 'ready' });
});
afterEach(cleanup);

const legend = () => screen.getByRole('complementary', { name: 'Legend' });

describe('legend: the pain drawing', () => {
  it('keeps its entry after a muscle is chosen, with a button that clears the drawing', () => {
    const viewer = useViewer.getState();
    viewer.setMode('draw');
    viewer.beginStroke();
    viewer.addDab({ at: [...stroke.dabs[0]!.at], radiusMm: 12 });
    render(<Legend />);
    // While drawing, the brush tools hold Clear: the legend only names the mark.
    expect(within(legend()).getByText('Your pain')).toBeTruthy();
    expect(within(legend()).queryByRole('button')).toBeNull();

    act(() => {
      viewer.select({ muscleId: 'temporalis', side: 'left' });
      viewer.setMode('explore');
    });
    expect(useViewer.getState().strokes).toHaveLength(1);
    expect(within(legend()).getByText('Essential zone (solid)')).toBeTruthy();
    fireEvent.click(within(legend()).getByRole('button', { name: 'Clear your pain drawing' }));
    expect(useViewer.getState().strokes).toEqual([]);
    expect(within(legend()).queryByText('Your pain')).toBeNull();
  });

  it('is not shown for an empty head in explore mode', () => {
    render(<Legend />);
    expect(screen.queryByRole('complementary', { name: 'Legend' })).toBeNull();
  });
});

describe('legend: the colours of muscle length', () => {
  it('says an opaque skin hides them, and makes it see-through on asking', () => {
    const viewer = useViewer.getState();
    viewer.setSkin('opaque');
    viewer.showPosture('forward-head-posture');
    render(<Legend />);
    expect(within(legend()).getByText(/Dark blue: shortened/)).toBeTruthy();
    expect(within(legend()).getByText(/opaque skin hides the muscles' colours/)).toBeTruthy();
    fireEvent.click(within(legend()).getByRole('button', { name: 'See through the skin' }));
    expect(useViewer.getState().layers.skin).toBe('ghosted');
    expect(within(legend()).queryByText(/opaque skin hides/)).toBeNull();
  });

  it('says nothing of the skin under the default see-through skin', () => {
    useViewer.getState().showPosture('forward-head-posture');
    render(<Legend />);
    expect(within(legend()).getByText(/Dark blue: shortened/)).toBeTruthy();
    expect(within(legend()).queryByRole('button')).toBeNull();
  });
});
