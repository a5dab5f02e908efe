// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selfCareFor } from '../../src/clinic/self-care';
import { i18next } from '../../src/i18n';
import { describeMuscle, getMuscle, muscles } from '../../src/mapping';
import { handoutContent } from '../../src/ui/handout/handout-content';
import { NOTE_MAX_CHARS, readNote, writeNote } from '../../src/ui/handout/note-storage';
import { imageFileName, pngBlob } from '../../src/ui/handout/save-image';
import { RedFlags } from '../../src/ui/RedFlags';
import { RED_FLAGS } from '../../src/clinic/red-flags';
import { usePreferences } from '../../src/state';

afterEach(async () => {
  cleanup();
  usePreferences.getState().setVoice('clinician');
  await i18next.changeLanguage('en');
});

const request = {
  muscleId: 'upper-trapezius',
  side: 'left',
  note: '  Chin nods before lunch.  ',
  date: new Date(2026, 2, 4),
  language: 'en',
} as const;

describe('handout content', () => {
  it('gathers the name, what keeps it going, self-care, red flags and the note', () => {
    const c = handoutContent(i18next.t, request)!;
    const m = describeMuscle(getMuscle('upper-trapezius')!);
    expect(c.title).toBe(m.plainName);
    expect(c.subtitle).toBe('Upper trapezius, left side');
    expect(c.referral).toBe(m.referralSummary);
    expect(c.perpetuatingFactors).toEqual(m.perpetuatingFactors);
    expect(c.selfCare!.movements).toEqual(selfCareFor(m.id, m.group)!.movements);
    expect(c.selfCare!.habits).toEqual(selfCareFor(m.id, m.group)!.habits);
    expect(c.selfCare!.notice).toMatch(/^General advice, not a treatment plan/);
    expect(c.note).toBe('Chin nods before lunch.');
    expect(c.date).toBe('March 4, 2026');
  });

  it('lists exactly the red flags the disclaimer shows a patient, grouped by urgency in the same order', () => {
    usePreferences.getState().setVoice('patient');
    render(<RedFlags />);
    const region = within(screen.getByRole('region'));
    const shown = region.getAllByRole('listitem').map((li) => li.textContent);
    const headings = region.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    const c = handoutContent(i18next.t, request)!;
    expect(c.redFlags.flatMap((g) => g.flags.map((f) => f.text))).toEqual(shown);
    expect(c.redFlags.map((g) => g.heading)).toEqual(headings);
    expect(c.redFlags.map((g) => g.urgency)).toEqual(['emergency', 'same-day', 'soon']);
    expect(shown.length).toBe(RED_FLAGS.length);
    expect(c.redFlagsIntro).toBe(region.getByRole('heading', { level: 3 }).textContent);
  });

  it('prints the red flags in plain words whatever the voice, and the check-first notes of its symptoms', () => {
    usePreferences.getState().setVoice('clinician');
    const c = handoutContent(i18next.t, { ...request, muscleId: 'masseter-deep' })!;
    expect(c.redFlags[0]!.flags[0]!.text).toMatch(/^A new, severe pain on one side of the neck or head/);
    expect(c.checkFirst.map((s) => s.symptom)).toEqual(['Ear ache and ringing (tinnitus) on the same side']);
    expect(c.checkFirst[0]!.notes.join(' ')).toMatch(/Ringing in one ear only/);
    expect(handoutContent(i18next.t, request)!.checkFirst).toEqual([
      { symptom: 'Dizziness when the sternocleidomastoid has satellite trigger points', notes: [expect.any(String)] },
    ]);
  });

  it('has self-care for every muscle that refers to the head', () => {
    for (const m of muscles.filter((x) => x.refersToHead)) {
      const c = handoutContent(i18next.t, { ...request, muscleId: m.id })!;
      expect(c.selfCare?.movements.length, m.id).toBeGreaterThan(0);
      expect(c.perpetuatingFactors.length, m.id).toBeGreaterThan(0);
    }
  });

  it('speaks Spanish when the viewer does, down to the side and the date', async () => {
    await i18next.changeLanguage('es');
    const c = handoutContent(i18next.t, { ...request, language: 'es' })!;
    expect(c.subtitle).toBe('Trapecio superior, lado izquierdo');
    expect(c.date).toBe('4 de marzo de 2026');
    expect(c.redFlagsIntro).toMatch(/^Señales de alarma/);
    expect(c.redFlags[0]!.heading).toMatch(/^Urgencia/);
    expect(c.redFlags[0]!.flags[0]!.text).toMatch(/^Un dolor nuevo e intenso en un lado del cuello/);
    expect(c.selfCare!.notice).not.toBe(handoutContent(i18next.getFixedT('en'), request)!.selfCare!.notice);
  });

  it('gives nothing for a muscle the catalogue lacks', () => {
    expect(handoutContent(i18next.t, { ...request, muscleId: 'no-such-muscle' })).toBeUndefined();
  });
});

describe("the therapist's note", () => {
  it('is kept in and read back from the session, cut to the printable length', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(readNote(storage)).toBe('');
    expect(writeNote('x'.repeat(NOTE_MAX_CHARS + 50), storage)).toBe(true);
    expect(readNote(storage)).toHaveLength(NOTE_MAX_CHARS);
  });

  it('survives storage that refuses or throws', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readNote(refusing)).toBe('');
    expect(writeNote('note', refusing)).toBe(false);
    expect(writeNote('note', null)).toBe(false);
  });
});

describe('saved image', () => {
  it('is named after the muscle and side', () => {
    expect(imageFileName({ muscleId: 'upper-trapezius', side: 'left' })).toBe('upper-trapezius-left.png');
    expect(imageFileName(null)).toBe('head-and-neck.png');
  });

  it('turns a data URL back into the PNG bytes', async () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const blob = pngBlob(`data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(bytes);
  });
});
