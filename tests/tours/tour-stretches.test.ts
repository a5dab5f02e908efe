// Reads the catalogues' words: i18next in English with every language loaded.
import '../support/i18n';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../src/i18n';
import { tourText } from '../../src/i18n/content';
import { isSide } from '../../src/mapping';
import { stretches } from '../../src/movement';
import { getTour, tours } from '../../src/tours';

const withStretch = tours.flatMap((t) => t.steps.filter((s) => s.stretch).map((s) => [t.id, s.id, s] as const));

describe('tour steps that play a stretch', () => {
  it('at least one: the levator scapulae of "Neck pain and headaches"', () => {
    const step = getTour('neck-pain-and-headaches')!.steps.find((s) => s.id === 'levator-scapulae')!;
    expect(step.stretch).toEqual({ id: 'levator-scapulae', side: 'left' });
  });

  it.each(withStretch)('%s / %s names a real stretch of its own muscle, on its side', (_t, _s, step) => {
    const stretch = stretches.find((s) => s.id === step.stretch!.id);
    expect(stretch, step.stretch!.id).toBeDefined();
    expect(isSide(step.stretch!.side)).toBe(true);
    // The card beside the head names the step's muscle: the stretch shown must lengthen it.
    expect(stretch!.muscles).toContain(step.muscleId);
    expect(step.stretch!.side).toBe(step.side);
  });

  it.each(withStretch)('%s / %s says what the head shows in both voices and in Spanish', async (tourId, stepId) => {
    const english = getTour(tourId)!.steps.find((s) => s.id === stepId)!;
    expect(english.text).toMatch(/stretch/);
    expect(english.patientText).toMatch(/stretch/);
    await i18next.changeLanguage('es');
    try {
      const spanish = tourText(i18next.t, getTour(tourId)!).steps.find((s) => s.id === stepId)!;
      expect(spanish.text).toMatch(/estiramiento/);
      expect(spanish.patientText).toMatch(/estiramiento/);
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
