import { useViewer } from '../state';
import type { ViewerEvent } from './events';
import { frameClasses, readFrameOptions } from './frame-options';

export { frameParams } from './frame-options';
import './embed.css';

/**
 * Reads the frame options from the address, styles the page for them and, inside an iframe,
 * opens the postMessage API to the embedding page and announces itself with `htp:ready`.
 * Call after the link's state is applied, so the first events describe what is on screen.
 */
export function startEmbed(win: Window = window): void {
  const { options, notices } = readFrameOptions(win.location.search);
  win.document.documentElement.classList.add(...frameClasses(options));
  for (const n of notices) useViewer.getState().addNotice(n);
  // Not in a frame, or a restriction that could not be read: nobody to talk to.
  if (win.parent === win || !options.api) return;
  const parent = win.parent;
  // Without parentOrigin the events go to whatever page embeds the viewer; they carry muscle,
  // tour, stretch and exercise ids only, never a pain point or drawing.
  const target = options.parentOrigin ?? '*';
  const post = (event: ViewerEvent) => {
    try {
      parent.postMessage(event, target);
    } catch {
      // The embedding page navigated away.
    }
  };
  // The message API, zod that checks every message and the events told to the page load only in
  // a frame that uses them: a page of its own does not pay for them before its first frame.
  // `htp:ready` still comes only once the listener is in place.
  void Promise.all([import('./bridge'), import('./events')]).then(
    ([{ messageListener }, { readyEvent, shownDemonstrations, watchViewer }]) => {
      win.addEventListener('message', messageListener(parent, options));
      watchViewer(post);
      post(readyEvent());
      for (const event of shownDemonstrations(useViewer.getState())) post(event);
    },
  );
}
