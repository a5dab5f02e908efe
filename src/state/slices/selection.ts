import { requestLook } from '../camera-requests';
import { zoneLookPoints } from '../follow';
import { sameChoice, type MuscleSide } from '../types';
import type { Slice } from './slice';
import type { StretchDemoState } from './stretch-demo';

/** Which muscle is chosen, under the pointer, or previewed from the results. */
export interface SelectionState {
  readonly selected: MuscleSide | null;
  /** Muscle under the pointer in 3D; shown as a label, never put in links. */
  readonly hovered: MuscleSide | null;
  /**
   * Context part under the pointer (larynx, eye ...), by its contract name after `context:`;
   * only ever named, never selected.
   */
  readonly hoveredContext: string | null;
  /** Candidate whose pattern is previewed while hovered or focused in a results list. */
  readonly preview: MuscleSide | null;
  /**
   * The selection for which the user keeps the layers above as they set them (no peel, see
   * `../peel.ts`); any other selection is peeled again. Not part of a link.
   */
  readonly peelDeclinedFor: MuscleSide | null;
}

export interface SelectionActions {
  select(choice: MuscleSide | null): void;
  setHovered(choice: MuscleSide | null): void;
  setHoveredContext(part: string | null): void;
  setPreview(choice: MuscleSide | null): void;
  /** Brings back the layers peeled to show the selected muscle, for as long as it stays selected. */
  declinePeel(): void;
  /** Peels again what lies over the selected muscle. */
  allowPeel(): void;
}

export const initialSelection: SelectionState = {
  selected: null,
  hovered: null,
  hoveredContext: null,
  preview: null,
  peelDeclinedFor: null,
};

export const selectionSlice: Slice<SelectionState & SelectionActions, StretchDemoState> = (set, get) => ({
  ...initialSelection,
  // Choosing a muscle anew peels for it again, even the one whose peel was declined.
  // A stretch shown for one muscle ends when another is chosen: its words leave the screen with it.
  select: (choice) =>
    set({
      selected: choice,
      preview: null,
      peelDeclinedFor: null,
      ...(!sameChoice(get().selected, choice) && { stretch: null }),
    }),
  // The pointer reports the same muscle many times a second: only a change notifies.
  setHovered: (choice) => {
    if (!sameChoice(get().hovered, choice)) set({ hovered: choice });
  },
  setHoveredContext: (part) => {
    if (get().hoveredContext !== part) set({ hoveredContext: part });
  },
  // The previewed pattern is turned to when the camera cannot show it (on the far side, at the outline).
  setPreview: (choice) => {
    if (sameChoice(get().preview, choice)) return;
    set({ preview: choice });
    if (choice) requestLook(zoneLookPoints(choice.muscleId, choice.side));
  },
  declinePeel: () => set({ peelDeclinedFor: get().selected }),
  allowPeel: () => set({ peelDeclinedFor: null }),
});
