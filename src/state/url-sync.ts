import { encodeState, decodeState, type Decoded } from './url-codec';
import { useViewer } from './store';

/** Safari allows about 100 history updates per 30 s; a brush stroke would exceed that at once. */
const WRITE_DELAY_MS = 250;

/**
 * The address bar lags the screen by up to WRITE_DELAY_MS, so a reload in that moment would
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
 * so the back button still leaves the viewer) and reads a shared link once at start.
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
  const keep = (search: string): void => {
    const text = JSON.stringify({ address: win.location.search, state: search } satisfies Unsaved);
    if (text === kept) return;
    kept = text;
    writeUnsaved(win, text);
  };
  const write = (): void => {
    timer = undefined;
    const search = withFrameParams(encodeState(useViewer.getState()), frame, keptParams);
    if (search !== last) {
      last = search;
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
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
