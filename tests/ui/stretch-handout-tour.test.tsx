// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STRETCH_HOLD, STRETCH_STOP } from '../../src/clinic/stretching';
import { examinationFor } from '../../src/clinic/examination';
import { i18next } from '../../src/i18n';
import { muscles } from '../../src/mapping';
import { NEUTRAL, stretchFor, stretchPose, stretches, stretchesNotShown } from '../../src/movement';
import {
  initialModelStatus,
  resetViewer,
  stretchViewFor,
  useModelStatus,
  usePreferences,
  useViewer,
} from '../../src/state';
import type { SnapshotRequest } from '../../src/state/snapshot';
import { getTour } from '../../src/tours';
import { handoutContent, stretchSection } from '../../src/ui/handout/handout-content';
import { HandoutSheet } from '../../src/ui/handout/HandoutSheet';
import { stretchPictures } from '../../src/ui/handout/stretch-pictures';
import { StretchDemo } from '../../src/ui/stretch/StretchDemo';
import { TourCard } from '../../src/ui/tour/TourCard';

const neck = getTour('neck-pain-and-headaches')!;
const stretchStep = neck.steps.findIndex((s) => s.stretch);

beforeEach(() => {
  resetViewer();
  useModelStatus.setState({ ...initialModelStatus });
  usePreferences.setState({ voice: 'clinician' });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('the handout: the stretch page', () => {
  it('words the stretch for the patient: how, how long, when to stop, and its sources', () => {
    const s = stretchSection(i18next.t, 'upper-trapezius')!;
    expect(s.how).toBe(examinationFor('upper-trapezius')!.stretch.patient);
    expect(s.hold).toBe(STRETCH_HOLD.patient);
    expect(s.stop).toBe(STRETCH_STOP.patient);
    expect(s.notShown).toBeNull();
    expect(s.sources.map((x) => x.id)).toEqual(['TS-1999', 'BANDY-1997', 'ACSM-2011', 'IFOMPT-CX2023']);
    for (const x of s.sources) expect(x.citation.length).toBeGreaterThan(20);
  });

  it('says why there are no pictures for every stretch the model cannot show, in both languages', async () => {
    const reasons = new Set<string>();
    for (const entry of stretchesNotShown) {
      for (const muscle of entry.muscles) {
        const s = stretchSection(i18next.t, muscle)!;
        expect(s.notShown, muscle).toMatch(/^No pictures: /);
        reasons.add(s.notShown!);
      }
    }
    expect(reasons.size).toBe(3);
    await i18next.changeLanguage('es');
    expect(stretchSection(i18next.t, 'frontalis')!.notShown).toMatch(/^Sin imágenes: .*cara/);
    expect(stretchSection(i18next.t, 'frontalis')!.how).not.toBe(examinationFor('frontalis')!.stretch.patient);
  });

  it('has a stretch section for every muscle with an examination entry, pictured or explained', () => {
    for (const m of muscles) {
      const s = handoutContent(i18next.t, {
        muscleId: m.id,
        side: 'left',
        note: '',
        date: new Date(),
        language: 'en',
      })!.stretch;
      if (!examinationFor(m.id)) expect(s, m.id).toBeNull();
      else expect(!!stretchFor(m.id) !== !!s!.notShown, m.id).toBe(true);
    }
  });

  it('pictures the head at rest and in the end position, from one view; none when the view cannot draw', () => {
    const asked: SnapshotRequest[] = [];
    const take = (r: SnapshotRequest) => {
      asked.push(r);
      return `data:image/png;base64,${asked.length}`;
    };
    const pictures = stretchPictures({ muscleId: 'levator-scapulae', side: 'right' }, take)!;
    const stretch = stretches.find((s) => s.id === 'levator-scapulae')!;
    expect(asked.map((r) => r.pose)).toEqual([NEUTRAL, stretchPose(stretch, 'right')]);
    expect(new Set(asked.map((r) => r.view))).toEqual(new Set([pictures.view]));
    expect(asked[0]!.background).toBe('#ffffff');
    expect(pictures).toMatchObject({ start: 'data:image/png;base64,1', end: 'data:image/png;base64,2' });
    expect(stretchPictures({ muscleId: 'levator-scapulae', side: 'right' }, () => null)).toBeNull();
    const never = vi.fn(() => 'x');
    expect(stretchPictures({ muscleId: 'lateral-pterygoid', side: 'left' }, never)).toBeNull();
    expect(never).not.toHaveBeenCalled();
  });

  it('prints the stretch page after the muscle and before the red flags, with both pictures', () => {
    const pictures = { view: 'back' as const, start: 'data:image/png;base64,AA', end: 'data:image/png;base64,BB' };
    render(
      <HandoutSheet
        selected={{ muscleId: 'levator-scapulae', side: 'left' }}
        pictures={[]}
        stretchPictures={pictures}
        onClose={() => {}}
      />,
    );
    const page = within(screen.getByRole('region', { name: 'Your stretch' }));
    const images = page.getAllByRole('img') as HTMLImageElement[];
    expect(images.map((i) => i.src)).toEqual([pictures.start, pictures.end]);
    expect(images[1]!.alt).toBe('Levator scapulae, left side, End: the stretch, Seen from behind');
    expect(page.getByText('Start: sitting upright')).toBeTruthy();
    expect(page.getByText(STRETCH_STOP.patient)).toBeTruthy();
    expect(page.getByText(/\[TS-1999\]/)).toBeTruthy();
    const order = [...document.querySelectorAll('.handout-page > *')].map((e) => e.className);
    expect(order.indexOf('handout-stretch')).toBe(order.indexOf('handout-red-flags') - 1);
  });

  it('without pictures keeps the words and says why', () => {
    render(
      <HandoutSheet
        selected={{ muscleId: 'superior-oblique', side: 'left' }}
        pictures={[]}
        stretchPictures={null}
        onClose={() => {}}
      />,
    );
    const page = within(screen.getByRole('region', { name: 'Your stretch' }));
    expect(page.queryAllByRole('img')).toEqual([]);
    expect(page.getByText(/muscle of the eye/)).toBeTruthy();
    expect(page.getByText(STRETCH_HOLD.patient)).toBeTruthy();
  });
});

describe('"Show the stretch"', () => {
  it('plays the stretch with the head turned to where the muscle and the movement show', () => {
    useViewer.getState().select({ muscleId: 'semispinalis-capitis', side: 'right' });
    render(<StretchDemo muscleId="semispinalis-capitis" side="right" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the stretch on the model' }));
    expect(useViewer.getState().stretch).toMatchObject({ stretchId: 'semispinalis-capitis', side: 'right' });
    expect(useViewer.getState().view).toBe(stretchViewFor('semispinalis-capitis', 'right'));
    expect(useViewer.getState().view).toBe('right');
  });
});

describe('"Show the stretch" on a model without joints', () => {
  it('gives way to a line that says why', () => {
    useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' });
    render(<StretchDemo muscleId="upper-trapezius" side="left" />);
    expect(screen.getByRole('button', { name: 'Show the stretch on the model' })).toBeTruthy();
    act(() => useModelStatus.setState({ phase: 'ready', posable: false }));
    expect(screen.queryByRole('button', { name: 'Show the stretch on the model' })).toBeNull();
    expect(screen.getByText(/has no joints/)).toBeTruthy();
  });
});

describe('a tour step that plays a stretch, on its card', () => {
  it("adds the clinic's words for the stretch in the reader's voice, and shows it again once stopped", () => {
    render(<TourCard />);
    act(() => useViewer.getState().startTour(neck.id, stretchStep));
    const step = neck.steps[stretchStep]!;
    expect(screen.getByText(examinationFor(step.muscleId)!.stretch.clinician)).toBeTruthy();
    // Playing: nothing to press.
    expect(screen.queryByRole('button', { name: 'Show the stretch again' })).toBeNull();
    act(() => useViewer.getState().stopStretch());
    fireEvent.click(screen.getByRole('button', { name: 'Show the stretch again' }));
    expect(useViewer.getState().stretch).toMatchObject({ stretchId: step.stretch!.id, playback: 'playing' });
    act(() => usePreferences.setState({ voice: 'patient' }));
    expect(screen.getByText(examinationFor(step.muscleId)!.stretch.patient)).toBeTruthy();
  });

  it('has no stretch words on a step without a stretch', () => {
    render(<TourCard />);
    act(() => useViewer.getState().startTour(neck.id, 0));
    expect(document.querySelector('.tour-stretch')).toBeNull();
  });
});
