import { create } from 'zustand';

/**
 * How the viewer speaks: to a patient (plain names first, larger text, fewer details) or to a
 * clinician or student (anatomical names, attachments, innervation, sources). A preference of
 * the person at the screen, so it is remembered on this device and never written to a link:
 * a therapist's link shows the same muscle to a patient in the patient's own voice.
 */
export type Voice = 'patient' | 'clinician';
export const voices: readonly Voice[] = ['clinician', 'patient'];
export const DEFAULT_VOICE: Voice = 'clinician';

const STORAGE_KEY = 'voice';

export const isVoice = (value: unknown): value is Voice =>
  typeof value === 'string' && (voices as readonly string[]).includes(value);

function readStoredVoice(): Voice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isVoice(stored) ? stored : DEFAULT_VOICE;
  } catch {
    return DEFAULT_VOICE; // storage switched off: every visit starts in the default voice
  }
}

/** The patient voice raises the base font size through a class on <html>, so rem sizes follow. */
function syncDocumentVoice(voice: Voice): void {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('patient-voice', voice === 'patient');
}

export interface Preferences {
  readonly voice: Voice;
  setVoice(voice: Voice): void;
}

export const usePreferences = create<Preferences>()((set) => ({
  voice: readStoredVoice(),
  setVoice: (voice) => {
    set({ voice });
    syncDocumentVoice(voice);
    try {
      localStorage.setItem(STORAGE_KEY, voice);
    } catch {
      // Full or refused storage only means the choice is not remembered.
    }
  },
}));

syncDocumentVoice(usePreferences.getState().voice);

/** Reads the remembered voice again, as a new visit would (tests call it between cases). */
export function loadPreferences(): void {
  const voice = readStoredVoice();
  usePreferences.setState({ voice });
  syncDocumentVoice(voice);
}
