import { encodeState, useViewer } from '../../state';

/**
 * The link to what is on screen, built from the store rather than read from the address bar: the
 * address lags a brush stroke by a moment, and it carries the frame's own parameters (embed,
 * panels, parentOrigin), which belong to the clinic's page and not to a patient's copy.
 */
export function shareLink(win: Window = window): string {
  return `${win.location.origin}${win.location.pathname}${encodeState(useViewer.getState())}`;
}
