import type { Vec3 } from '../mapping';
import type { ViewName } from '../display';

type Listener = (view: ViewName) => void;
type LookListener = (points: readonly Vec3[]) => void;
type TurnListener = () => void;

const listeners = new Set<Listener>();
const lookListeners = new Set<LookListener>();
const turnListeners = new Set<TurnListener>();

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

/**
 * Asks the camera to bring points on the head into view (the surface frame's points of a named
 * place, a pain point, a previewed or revealed zone; see `./follow.ts`). The camera turns only
 * when it does not see them well already. `view` stays as it was: the preset last asked for.
 */
export function requestLook(points: readonly Vec3[]): void {
  if (points.length === 0) return;
  for (const listener of [...lookListeners]) listener(points);
}

/** Calls `listener` on every `requestLook`; returns the function that stops it. */
export function onLookRequest(listener: LookListener): () => void {
  lookListeners.add(listener);
  return () => {
    lookListeners.delete(listener);
  };
}

/** Asks the camera for the next stop of "Turn the head" from wherever it is (`nextTurnDirection` in `./follow.ts`). */
export function requestTurn(): void {
  for (const listener of [...turnListeners]) listener();
}

/** Calls `listener` on every `requestTurn`; returns the function that stops it. */
export function onTurnRequest(listener: TurnListener): () => void {
  turnListeners.add(listener);
  return () => {
    turnListeners.delete(listener);
  };
}
