import { requestView } from '../camera-requests';
import { defaultLayers } from '../defaults';
import type { Layers, LayerToggle, SkinLayer, ViewName } from '../../display';
import type { Slice } from './slice';

/** What is shown of the head and from where. */
export interface DisplayState {
  readonly layers: Layers;
  /** The camera preset last asked for; the camera itself moves on `requestView` events. */
  readonly view: ViewName;
}

export interface DisplayActions {
  setSkin(skin: SkinLayer): void;
  toggleLayer(layer: LayerToggle, on?: boolean): void;
  /** Turns the camera to a preset, also when it is the one already shown (the user orbited away). */
  showView(view: ViewName): void;
  resetView(): void;
}

export const initialDisplay: DisplayState = { layers: defaultLayers, view: 'front' };

export const displaySlice: Slice<DisplayState & DisplayActions> = (set) => {
  const show = (view: ViewName) => {
    set({ view });
    requestView(view);
  };
  return {
    ...initialDisplay,
    setSkin: (skin) => set((s) => ({ layers: { ...s.layers, skin } })),
    toggleLayer: (layer, on) => set((s) => ({ layers: { ...s.layers, [layer]: on ?? !s.layers[layer] } })),
    showView: show,
    resetView: () => show('front'),
  };
};
