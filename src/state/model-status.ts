import { create } from 'zustand';
import type { Notice } from './notice';

/**
 * How far the 3D model has come. Kept apart from the viewer store: it is not part of a link
 * and it changes many times a second while the file downloads.
 */
export type ModelPhase = 'loading' | 'ready' | 'failed' | 'no-webgl';

export interface ModelStatus {
  readonly phase: ModelPhase;
  /** 0..1 when the size is known, null while unknown. */
  readonly progress: number | null;
  /** What went wrong, as a catalogue key and its values, worded in the language on screen. */
  readonly message: Notice | null;
  /** Node names the naming contract asks for that the model lacks. */
  readonly missing: readonly string[];
  /**
   * Whether the model shown has the skeleton's joints and so can take a pose (a stretch shown on
   * the head). True until a model without them is ready: a clinic's model may have none.
   */
  readonly posable: boolean;
  /** The clinic's file name, or null for the built-in model. */
  readonly sourceName: string | null;
  /** The graphics system took the WebGL context away for now; it usually gives it back. */
  readonly contextLost: boolean;
  /**
   * A frame with a model has been drawn (and stays so for a model dropped later): what the
   * screen may need later (the disclaimer's red flags once it has been read) loads after it.
   */
  readonly firstFrameDrawn: boolean;
}

export const initialModelStatus: ModelStatus = {
  phase: 'loading',
  progress: null,
  message: null,
  missing: [],
  posable: true,
  sourceName: null,
  contextLost: false,
  firstFrameDrawn: false,
};

export const useModelStatus = create<ModelStatus>()(() => initialModelStatus);
