import { requestView } from '../camera-requests';
import type { LinkState } from '../url-codec';
import type { DisplayState } from './display';
import type { Slice } from './slice';

export interface LinkActions {
  /**
   * Shows what a link (or the copy of the page kept over a reload) describes: exactly what the
   * codec decoded, nothing else, and turns the camera to its view.
   */
  openLink(state: LinkState): void;
}

export const linkSlice: Slice<LinkActions, LinkState & DisplayState> = (set, get) => ({
  openLink: (state) => {
    set(state);
    requestView(get().view);
  },
});
