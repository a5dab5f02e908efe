// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, setLanguage } from '../../src/i18n';
import { initialModelStatus, resetViewer, useModelStatus } from '../../src/state';
import { registerCapture } from '../../src/state/snapshot';
import { HandoutButtons } from '../../src/ui/handout/HandoutButtons';
import { HandoutLayer } from '../../src/ui/handout/HandoutLayer';
import { useHandout } from '../../src/ui/handout/handout-store';
import { partsLoaded } from '../support/parts-loaded';

const NO_JOINTS = 'No pictures: this 3D model has no joints, so it cannot show the start and end of the stretch.';

beforeEach(() => {
  resetViewer();
  // A 3D view that draws: every picture asked for comes back.
  registerCapture(() => 'data:image/png;base64,AA');
});
afterEach(async () => {
  cleanup();
  registerCapture(null);
  useHandout.getState().close();
  useModelStatus.setState({ ...initialModelStatus });
  await i18next.changeLanguage('en');
});

/** Opens the handout of the left levator scapulae, a stretch the jointed model shows, from its button. */
async function stretchPage(name = 'Patient handout', region = 'Your stretch') {
  render(
    <>
      <HandoutButtons selected={{ muscleId: 'levator-scapulae', side: 'left' }} />
      <HandoutLayer />
    </>,
  );
  fireEvent.click(screen.getByRole('button', { name }));
  await partsLoaded();
  return within(screen.getByRole('region', { name: region }));
}

describe("the handout's stretch page on a model without joints", () => {
  it('says in one line that the model cannot show the positions, and keeps the words', async () => {
    useModelStatus.setState({ phase: 'ready', posable: false });
    const page = await stretchPage();
    expect(page.queryAllByRole('img')).toEqual([]);
    expect(page.queryByRole('figure')).toBeNull();
    const line = page.getByText(NO_JOINTS);
    expect(line.tagName).toBe('P');
    expect(page.getByRole('heading', { name: 'When to stop' })).toBeTruthy();
    // The muscle's own page keeps its pictures of the pattern: those need no joints.
    expect(screen.getAllByRole('img').length).toBeGreaterThan(0);
  });

  it('on a model with joints shows both pictures and no such line', async () => {
    useModelStatus.setState({ phase: 'ready', posable: true });
    const page = await stretchPage();
    expect(page.getAllByRole('img')).toHaveLength(2);
    expect(page.queryByText(/no joints/)).toBeNull();
  });

  it('says it in Spanish', async () => {
    useModelStatus.setState({ phase: 'ready', posable: false });
    await act(() => setLanguage('es'));
    const page = await stretchPage('Hoja para el paciente', 'Su estiramiento');
    expect(page.getByText(/^Sin imágenes: este modelo 3D no tiene articulaciones/)).toBeTruthy();
    expect(page.queryAllByRole('img')).toEqual([]);
  });
});
