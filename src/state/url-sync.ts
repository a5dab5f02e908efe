import { encodeState, decodeState } from './url-codec';
import { useViewer } from './store';

/** Safari allows about 100 history updates per 30 s; a brush stroke would exceed that at once. */
const WRITE_DELAY_MS = 250;

/**
 * Mirrors the shareable state into the address bar (replaceState: a selection is not a page,
 * so the back button still leaves the viewer) and reads a shared link once at start.
 */
export function startUrlSync(win: Window = window): () => void {
  const { state, notices } = decodeState(win.location.search);
  const store = useViewer.getState();
  store.apply(state);
  for (const n of notices) store.addNotice(n);

  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    timer = undefined;
    const search = encodeState(useViewer.getState());
    if (search === last) return;
    last = search;
    try {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
    } catch {
      // A browser that refuses (rate limit, sandbox) just keeps the old address; the screen is unaffected.
      last = '';
    }
  };
  write();
  const unsubscribe = useViewer.subscribe(() => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
