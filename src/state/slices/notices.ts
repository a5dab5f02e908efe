import type { Notice } from '../notice';
import type { Slice } from './slice';

export interface NoticesState {
  /** Short messages for the user, e.g. parts of a link that were ignored, as catalogue keys. */
  readonly notices: readonly Notice[];
}

export interface NoticesActions {
  addNotice(notice: Notice): void;
  dismissNotice(index: number): void;
}

export const initialNotices: NoticesState = { notices: [] };

export const noticesSlice: Slice<NoticesState & NoticesActions> = (set) => ({
  ...initialNotices,
  addNotice: (notice) => set((s) => ({ notices: [...s.notices, notice] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});
