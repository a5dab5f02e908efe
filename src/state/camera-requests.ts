import type { ViewName } from '../display';

type Listener = (view: ViewName) => void;

const listeners = new Set<Listener>();

/**
 * Camera moves are events, not state: pressing the preset already shown must move the camera
 * back to it, which a changed value alone could not say. The store's actions that show a view
 * (a preset, a tour step, a link, a quiz question) emit here after setting `view`; the scene's
 * camera listens.
 */
export function requestView(view: ViewName): void {
  for (const listener of [...listeners]) listener(view);
}

/** Calls `listener` on every camera move asked for; returns the function that stops it. */
export function onViewRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
