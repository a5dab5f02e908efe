import { create } from 'zustand';
import type { MuscleSide } from '../../state';
import type { HandoutPicture } from './HandoutSheet';
import type { StretchPictures } from './stretch-pictures';

export interface OpenHandout {
  readonly selected: MuscleSide;
  readonly pictures: readonly HandoutPicture[];
  /** The stretch's start and end, when the model could picture them. */
  readonly stretch: StretchPictures | null;
  /** The model on screen had no joints (a clinic's own): it cannot take the stretch's positions. */
  readonly noJoints: boolean;
}

interface HandoutStore {
  /** The handout on screen, with the pictures taken when it was opened; null when closed. */
  readonly open: OpenHandout | null;
  show(handout: OpenHandout): void;
  close(): void;
}

/**
 * Whether the handout is open lives outside the panel that opens it: turning a tablet swaps the
 * side panels for the bottom sheet, which mounts the information panel anew, and an open handout
 * (with its note half typed, or on its way to the printer) must stay open through that.
 */
export const useHandout = create<HandoutStore>()((set) => ({
  open: null,
  show: (open) => set({ open }),
  close: () => set({ open: null }),
}));
