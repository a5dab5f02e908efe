/**
 * The therapist's note, kept in sessionStorage: it survives a reload of the tab and is gone
 * when the tab closes, so a patient's note is not left on a shared clinic computer.
 */
const KEY = 'handout-note';
/** Enough for a few sentences; a longer note would push the handout onto a second page. */
export const NOTE_MAX_CHARS = 600;

export function readNote(storage: Pick<Storage, 'getItem'> | null = safeSession()): string {
  try {
    const text = storage?.getItem(KEY);
    return typeof text === 'string' ? text.slice(0, NOTE_MAX_CHARS) : '';
  } catch {
    return ''; // storage refused: start with an empty note
  }
}

/** False when the note could not be kept (storage off or full); the screen says so. */
export function writeNote(text: string, storage: Pick<Storage, 'setItem'> | null = safeSession()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(KEY, text.slice(0, NOTE_MAX_CHARS));
    return true;
  } catch {
    return false;
  }
}

function safeSession(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // some browsers throw on the mere access when storage is blocked
  }
}
