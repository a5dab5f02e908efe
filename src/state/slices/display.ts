import { requestTurn, requestView } from '../camera-requests';
import { defaultLayers } from '../defaults';
import type { Layers, LayerToggle, SkinLayer, ViewName } from '../../display';
import { selectionPeel } from '../peel';
import type { SelectionState } from './selection';
import type { Slice } from './slice';

/** What is shown of the head and from where. */
export interface DisplayState {
  readonly layers: Layers;
  /** The camera preset last asked for; the camera itself moves on `requestView` events. */
  readonly view: ViewName;
  /**
   * The camera has left `view`: it turned toward a thing on the head, went round with "Turn the
   * head", or the user turned or zoomed it. The view bar then shows no preset pressed, since none
   * is what the screen shows; pressing one brings the camera back. Set by the scene's camera.
   */
  readonly cameraAway: boolean;
}

export interface DisplayActions {
  /** The user's own layer choices: a peel for the selected muscle gives way to them (`../peel.ts`). */
  setSkin(skin: SkinLayer): void;
  toggleLayer(layer: LayerToggle, on?: boolean): void;
  /** Turns the camera to a preset, also when it is the one already shown (the user orbited away). */
  showView(view: ViewName): void;
  resetView(): void;
  /** "Turn the head": the camera goes on to the next diagonal view; `view` is left as it was. */
  turnHead(): void;
  /** The scene's camera says whether it still shows `view` (see `cameraAway`). */
  setCameraAway(away: boolean): void;
}

export const initialDisplay: DisplayState = { layers: defaultLayers, view: 'front', cameraAway: false };

export const displaySlice: Slice<DisplayState & DisplayActions, SelectionState> = (set) => {
  const show = (view: ViewName) => {
    set({ view });
    requestView(view);
  };
  /**
   * A layer the user sets while a muscle is selected wins over the peel for that selection (one that
   * applied before the change or would after it), so the screen shows exactly the user's layers,
   * their change included, and keeps them when the selection is cleared.
   */
  const setLayers = (change: (layers: Layers) => Layers) =>
    set((s) => {
      const layers = change(s.layers);
      const peeled = (l: Layers) => !!selectionPeel(l, s.selected, s.peelDeclinedFor);
      return { layers, ...((peeled(s.layers) || peeled(layers)) && { peelDeclinedFor: s.selected }) };
    });
  return {
    ...initialDisplay,
    setSkin: (skin) => setLayers((l) => ({ ...l, skin })),
    toggleLayer: (layer, on) => setLayers((l) => ({ ...l, [layer]: on ?? !l[layer] })),
    showView: show,
    resetView: () => show('front'),
    turnHead: requestTurn,
    setCameraAway: (cameraAway) => set({ cameraAway }),
  };
};
