// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '../../src/clinic/red-flags';
import { i18next, setLanguage } from '../../src/i18n';
import { resetViewer, usePreferences, useModelStatus, useViewer } from '../../src/state';
import { HandoutSheet } from '../../src/ui/handout/HandoutSheet';
import { InfoPanel } from '../../src/ui/InfoPanel';
import { RedFlags } from '../../src/ui/RedFlags';
import { TourCard } from '../../src/ui/tour/TourCard';
import { partsLoaded } from '../support/parts-loaded';

beforeEach(() => {
  resetViewer();
  sessionStorage.clear();
  usePreferences.setState({ voice: 'clinician' });
  useModelStatus.setState({ phase: 'no-webgl', message: { key: 'messages:model.noWebgl' } });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

/** The symptom list item that starts with `text`, and the check-first notes inside it. */
function symptom(text: RegExp) {
  const item = screen.getAllByRole('listitem').find((li) => text.test(li.textContent ?? ''))!;
  expect(item, String(text)).toBeTruthy();
  return [...item.querySelectorAll('.check-first')].map((n) => n.textContent);
}

describe('the information panel puts a check-first note beside the symptom', () => {
  it('ringing in the ear (deep masseter), in clinical terms', async () => {
    useViewer.getState().select({ muscleId: 'masseter-deep', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(symptom(/^Ear ache and ringing/)).toEqual([
      expect.stringMatching(/^Rule out first: Unilateral or asymmetric tinnitus/),
      expect.stringMatching(/^Rule out first: Sore throat, dysphagia/),
    ]);
    expect(symptom(/^Pain at the jaw joint/)).toEqual([]);
  });

  it('aching teeth (temporalis) and reduced hearing (sternocleidomastoid), in plain words', async () => {
    usePreferences.setState({ voice: 'patient' });
    useViewer.getState().select({ muscleId: 'temporalis', side: 'right' });
    const { unmount } = render(<InfoPanel />);
    await partsLoaded();
    expect(symptom(/^Upper teeth that ache/)).toEqual([
      expect.stringMatching(/^Have it checked first: A dentist should check/),
    ]);
    unmount();
    useViewer.getState().select({ muscleId: 'sternocleidomastoid-sternal', side: 'right' });
    render(<InfoPanel />);
    expect(symptom(/^Reduced hearing/)).toEqual([expect.stringMatching(/ear, nose and throat doctor at once/)]);
  });

  it('in Spanish too', async () => {
    await act(() => setLanguage('es'));
    usePreferences.setState({ voice: 'patient' });
    useViewer.getState().select({ muscleId: 'masseter-deep', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(screen.getByText(/Un pitido en un solo oído/)).toBeTruthy();
  });

  it('with the cautions that go with the self-care', async () => {
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
    render(<InfoPanel />);
    await partsLoaded();
    expect(screen.getByText(/Stop neck exercises and get medical help at once/)).toBeTruthy();
    expect(screen.getByText(/never fall asleep on a heat pad/)).toBeTruthy();
  });
});

describe('the red flags of the disclaimer', () => {
  it('read by urgency, dissection first, in clinical terms with their sources for a clinician', () => {
    render(<RedFlags />);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual([
      expect.stringMatching(/^Emergency/),
      'Same-day medical assessment',
      expect.stringMatching(/^Refer for medical assessment soon/),
      'Sources',
    ]);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toMatch(/^Cervical artery dissection/);
    expect(screen.getByText(/SNNOOP10 list/)).toBeTruthy();
  });

  it('in plain words for a patient, without citations', () => {
    usePreferences.setState({ voice: 'patient' });
    render(<RedFlags />);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toMatch(/^A new, severe pain on one side/);
    expect(screen.queryByText(/SNNOOP10 list/)).toBeNull();
  });
});

describe('the tour card', () => {
  it('adds the check-first note of the symptom its step names', () => {
    useViewer.getState().startTour('jaw-and-face-pain', 1);
    render(<TourCard />);
    expect(screen.getByText(/Unilateral or asymmetric tinnitus/)).toBeTruthy();
  });
});

describe('the patient handout', () => {
  it('lists every red flag grouped by urgency, the most urgent first, dissection at the top', () => {
    render(<HandoutSheet selected={{ muscleId: 'temporalis', side: 'left' }} pictures={[]} onClose={() => {}} />);
    const box = document.querySelector<HTMLElement>('.handout-red-flags')!;
    const headings = within(box)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      expect.stringMatching(/^Emergency/),
      expect.stringMatching(/^See a doctor the same day/),
      expect.stringMatching(/^See a doctor soon/),
    ]);
    const flags = within(box).getAllByRole('listitem');
    expect(flags).toHaveLength(RED_FLAGS.length);
    expect(flags[0]!.textContent).toMatch(/^A new, severe pain on one side of the neck or head/);
    expect(screen.getByText(/A dentist should check the teeth/)).toBeTruthy();
  });
});
