import { create } from 'zustand';

/**
 * How far the 3D model has come. Kept apart from the viewer store: it is not part of a link
 * and it changes many times a second while the file downloads.
 */
export type ModelPhase = 'loading' | 'ready' | 'failed' | 'no-webgl';

export interface ModelStatus {
  readonly phase: ModelPhase;
  /** 0..1 when the size is known, null while unknown. */
  readonly progress: number | null;
  /** Plain words for the user when something went wrong. */
  readonly message: string | null;
  /** Node names the naming contract asks for that the model lacks. */
  readonly missing: readonly string[];
  /** "built-in model" or the clinic's file name. */
  readonly sourceName: string;
  /** The graphics system took the WebGL context away for now; it usually gives it back. */
  readonly contextLost: boolean;
}

export const initialModelStatus: ModelStatus = {
  phase: 'loading',
  progress: null,
  message: null,
  missing: [],
  sourceName: 'built-in model',
  contextLost: false,
};

export const useModelStatus = create<ModelStatus>()(() => initialModelStatus);
