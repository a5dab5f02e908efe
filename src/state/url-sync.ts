import { encodeState, decodeState, type Decoded } from './url-codec';
import { useViewer } from './store';
import { loadTours } from './tour-library';

/**
 * Safari allows about 100 history updates per 30 s; a brush stroke would exceed that at once.
 * The address therefore takes one update per WRITE_DELAY_MS on average, with room for a short
 * burst: a click (leaving the quiz, choosing a muscle) reaches the address in the same task, so
 * a link copied or a tab closed right after it cannot bring back what was on screen before,
 * while a long stroke falls back to four updates a second.
 */
const WRITE_DELAY_MS = 250;
const WRITE_BURST = 8;

/**
 * During a long stroke the address bar lags the screen by up to WRITE_DELAY_MS, so a reload then would
 * lose the last brush strokes. Every change is therefore also kept in sessionStorage at once
 * (no rate limit there, and it lives only as long as the tab), together with the address it
 * follows on from: a reload of that very address takes the newer state, any other link is
 * shown as it is.
 */
const UNSAVED_KEY = 'viewer-unsaved';

interface Unsaved {
  readonly address: string;
  readonly state: string;
}

function readUnsaved(win: Window): Unsaved | null {
  try {
    const parsed: unknown = JSON.parse(win.sessionStorage.getItem(UNSAVED_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { address, state } = parsed as Record<string, unknown>;
    return typeof address === 'string' && typeof state === 'string' ? { address, state } : null;
  } catch {
    return null; // storage refused or holding something else: the link alone decides
  }
}

function writeUnsaved(win: Window, text: string): void {
  try {
    win.sessionStorage.setItem(UNSAVED_KEY, text);
  } catch {
    // Full or refused storage: the address bar still carries the state a moment later.
  }
}

/** The link's state, or the newer state of the same page kept before a reload. */
function startingState(win: Window): Decoded {
  const fromLink = decodeState(win.location.search);
  const saved = readUnsaved(win);
  if (!saved || saved.address !== win.location.search || saved.state === saved.address) return fromLink;
  const newer = decodeState(saved.state);
  // Anything the codec had to drop means the stored copy is not ours: trust the link.
  return newer.notices.length === 0 ? newer : fromLink;
}

/**
 * Resolves once `startUrlSync` can read the opening link: at once, unless the link (or the newer
 * state kept for it) names a tour, whose steps come in a chunk of their own. A tour that cannot be
 * fetched resolves too: the link then opens without it, with a notice.
 */
export function linkReady(win: Window = window): Promise<void> {
  const saved = readUnsaved(win);
  const namesTour = [win.location.search, saved?.state ?? ''].some((search) => new URLSearchParams(search).has('tour'));
  return namesTour ? loadTours().catch(() => undefined) : Promise.resolve();
}

/** The `keptParams` of the opening address, after the shown state's own parameters. */
function withFrameParams(search: string, from: string, keptParams: readonly string[]): string {
  const original = new URLSearchParams(from);
  const kept = new URLSearchParams();
  for (const k of keptParams) {
    const v = original.get(k);
    if (v !== null) kept.set(k, v);
  }
  const extra = kept.toString();
  if (!extra) return search;
  return search ? `${search}&${extra}` : `?${extra}`;
}

/**
 * Mirrors the shareable state into the address bar (replaceState: a selection is not a page,
 * so the back button still leaves the viewer) and reads a shared link once at start (after
 * `linkReady`).
 *
 * `keptParams` set up the page around the viewer rather than what it shows (src/embed: iframe
 * chrome, panels, which page may drive it; src/i18n: the link's language). Each is named where it
 * is read and src/main.tsx hands the list in, since this layer sits below both. The codec leaves
 * them alone; they stay in the address so a reload inside a clinic's iframe is the same frame
 * with the same origin restriction, and a link copied later still opens in the language it came in.
 */
export function startUrlSync(win: Window = window, keptParams: readonly string[] = []): () => void {
  const { state, notices } = startingState(win);
  const store = useViewer.getState();
  store.openLink(state);
  for (const n of notices) store.addNotice(n);

  const frame = win.location.search;
  let last = '';
  let kept = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let stopped = false;
  // A token bucket: each update spends one, one comes back every WRITE_DELAY_MS.
  let tokens = WRITE_BURST;
  let refilled = Date.now();
  const refill = (): void => {
    const now = Date.now();
    tokens = Math.min(WRITE_BURST, tokens + (now - refilled) / WRITE_DELAY_MS);
    refilled = now;
  };
  const keep = (search: string): void => {
    const text = JSON.stringify({ address: win.location.search, state: search } satisfies Unsaved);
    if (text === kept) return;
    kept = text;
    writeUnsaved(win, text);
  };
  const write = (): void => {
    pending = false;
    timer = undefined;
    if (stopped) return;
    const search = withFrameParams(encodeState(useViewer.getState()), frame, keptParams);
    if (search !== last) {
      last = search;
      refill();
      tokens -= 1;
      try {
        win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
      } catch {
        // A browser that refuses (rate limit, sandbox) just keeps the old address; the screen is unaffected.
        last = '';
      }
    }
    keep(search);
  };
  write();
  const unsubscribe = useViewer.subscribe((s) => {
    keep(withFrameParams(encodeState(s), frame, keptParams));
    if (pending) return;
    pending = true;
    refill();
    // With a token left, the end of this task: the changes of one click make one update.
    if (tokens >= 1) queueMicrotask(write);
    else timer = setTimeout(write, (1 - tokens) * WRITE_DELAY_MS);
  });
  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
