import { encodeState, decodeState } from './url-codec';
import { useViewer } from './store';

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
  const write = (): void => {
    const s = useViewer.getState();
    const search = encodeState(s);
    if (search === last) return;
    last = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  write();
  return useViewer.subscribe(write);
}
