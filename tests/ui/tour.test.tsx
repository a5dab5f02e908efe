// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePreferences, resetViewer, useViewer } from '../../src/state';
import { getTour } from '../../src/tours';
import { TourCard } from '../../src/ui/tour/TourCard';
import { TourMenu } from '../../src/ui/tour/TourMenu';

const neck = getTour('neck-pain-and-headaches')!;

function renderPlayer() {
  render(
    <>
      <TourMenu />
      <TourCard />
    </>,
  );
}

beforeEach(() => {
  resetViewer();
  usePreferences.setState({ voice: 'clinician' });
});
afterEach(cleanup);

describe('the tour player', () => {
  it('starts from the Tours menu and shows the first step with its progress', async () => {
    renderPlayer();
    fireEvent.click(screen.getByRole('button', { name: 'Tours' }));
    // The list comes in a chunk of its own with the tours, the first time the menu opens.
    fireEvent.click(await screen.findByRole('button', { name: /Neck pain and headaches/ }));
    expect(screen.queryByRole('list', { name: 'Guided tours' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Upper trapezius' })).toBeTruthy();
    expect(screen.getByText(`Step 1 of ${neck.steps.length}`)).toBeTruthy();
    expect(screen.getByText(neck.steps[0]!.text)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement?.classList.contains('tour-card')).toBe(true);
  });

  it('steps with Next, Back and the arrow keys, finishes on the last step, closes on Escape', () => {
    renderPlayer();
    act(() => useViewer.getState().startTour(neck.id));
    const card = () => document.querySelector('.tour-card')!;
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(useViewer.getState().tour?.step).toBe(1);
    fireEvent.keyDown(card(), { key: 'ArrowRight' });
    expect(useViewer.getState().tour?.step).toBe(2);
    fireEvent.keyDown(card(), { key: 'ArrowLeft' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(useViewer.getState().tour?.step).toBe(0);

    act(() => useViewer.getState().showTourStep(neck.steps.length - 1));
    expect(screen.getByText(`Step ${neck.steps.length} of ${neck.steps.length}`)).toBeTruthy();
    fireEvent.keyDown(card(), { key: 'ArrowRight' });
    expect(useViewer.getState().tour?.step).toBe(neck.steps.length - 1);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(useViewer.getState().tour).toBeNull();
    expect(useViewer.getState().selected?.muscleId).toBe('masseter-superficial');
    expect(document.querySelector('.tour-card')).toBeNull();

    act(() => useViewer.getState().startTour(neck.id, 4));
    fireEvent.keyDown(card(), { key: 'Escape' });
    expect(useViewer.getState().tour).toBeNull();
  });

  it('speaks to the patient in the patient voice', () => {
    usePreferences.setState({ voice: 'patient' });
    renderPlayer();
    act(() => useViewer.getState().startTour(neck.id, 3));
    expect(screen.getByText(neck.steps[3]!.patientText)).toBeTruthy();
    expect(screen.queryByText(neck.steps[3]!.text)).toBeNull();
  });
});
