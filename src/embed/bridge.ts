import { handleMessage } from './handler';
import type { FrameOptions } from './frame-options';

/** Just enough of a window to post to: the embedding page, or a test's stand-in. */
export interface PostTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** Just enough of a MessageEvent. */
export interface IncomingMessage {
  readonly data: unknown;
  readonly origin: string;
  readonly source: unknown;
}

/**
 * The listener for `message` events. Only the embedding page (`parent`) may drive the viewer,
 * and only from `parentOrigin` when one was given; replies go to the sender's window and origin
 * and nowhere else. An opaque ("null") origin cannot be addressed, so it gets no reply.
 */
export function messageListener(
  parent: PostTarget,
  options: Pick<FrameOptions, 'parentOrigin' | 'api'>,
): (event: IncomingMessage) => void {
  return (event) => {
    if (!options.api || event.source !== parent) return;
    if (options.parentOrigin !== null && event.origin !== options.parentOrigin) return;
    const reply = handleMessage(event.data);
    if (!reply || event.origin === 'null') return;
    try {
      parent.postMessage(reply, event.origin);
    } catch {
      // A page that went away mid-reply: nothing to tell.
    }
  };
}
