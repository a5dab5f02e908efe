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
const FOLDED_KEY = 'folded-sections';

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

/** The information panel's sections this person folded away (e.g. the sources), by section id. */
function readFolded(): readonly string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(FOLDED_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return []; // storage switched off or a value this version cannot read: every section open
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Full or refused storage only means the choice is not remembered.
  }
}

export interface Preferences {
  readonly voice: Voice;
  readonly folded: readonly string[];
  setVoice(voice: Voice): void;
  /** Folds a section of the information panel, or opens it again; kept for every muscle. */
  toggleSection(id: string): void;
}

export const usePreferences = create<Preferences>()((set, get) => ({
  voice: readStoredVoice(),
  folded: readFolded(),
  setVoice: (voice) => {
    set({ voice });
    syncDocumentVoice(voice);
    remember(STORAGE_KEY, voice);
  },
  toggleSection: (id) => {
    const before = get().folded;
    const folded = before.includes(id) ? before.filter((f) => f !== id) : [...before, id];
    set({ folded });
    remember(FOLDED_KEY, JSON.stringify(folded));
  },
}));

syncDocumentVoice(usePreferences.getState().voice);

/** Reads the remembered choices again, as a new visit would (tests call it between cases). */
export function loadPreferences(): void {
  const voice = readStoredVoice();
  usePreferences.setState({ voice, folded: readFolded() });
  syncDocumentVoice(voice);
}
