import { roundToWholeMm, type Vec3 } from '../../mapping';
import { requestLook } from '../camera-requests';
import { placeLookPoints } from '../follow';
import { BRUSH_MAX_MM, BRUSH_MIN_MM, DEFAULT_BRUSH_MM, MAX_DABS } from '../defaults';
import type { HeadInput, Mode, PainDab, PainStroke, RegionChoice } from '../types';
import type { SelectionState } from './selection';
import type { Slice } from './slice';

/** "Where does it hurt?": what a click on the head means, and the pain given so far. */
export interface PainInputState {
  readonly mode: Mode;
  /** Whether the head answers the pointer; a quiz makes it inert. Never in a link. */
  readonly headInput: HeadInput;
  readonly painPoint: Vec3 | null;
  readonly strokes: readonly PainStroke[];
  readonly brushMm: number;
  readonly erase: boolean;
  readonly region: RegionChoice | null;
}

export interface PainInputActions {
  setMode(mode: Mode): void;
  setPainPoint(p: Vec3 | null): void;
  beginStroke(): void;
  addDab(dab: PainDab): void;
  undoStroke(): void;
  clearDrawing(): void;
  setBrushMm(mm: number): void;
  setErase(erase: boolean): void;
  chooseRegion(choice: RegionChoice | null): void;
}

export const initialPainInput: PainInputState = {
  mode: 'explore',
  headInput: 'live',
  painPoint: null,
  strokes: [],
  brushMm: DEFAULT_BRUSH_MM,
  erase: false,
  region: null,
};

/**
 * Points are kept to whole millimetres, the precision of a link, so the screen and a link to it
 * ask the mapping module exactly the same question (a zone's border can fall between the two).
 */
const roundVec = (p: Vec3): Vec3 => [roundToWholeMm(p[0]), roundToWholeMm(p[1]), roundToWholeMm(p[2])];

const dabCount = (strokes: readonly PainStroke[]): number => strokes.reduce((n, s) => n + s.dabs.length, 0);

export const painInputSlice: Slice<PainInputState & PainInputActions, SelectionState> = (set, get) => ({
  ...initialPainInput,
  setMode: (mode) => set({ mode, preview: null }),
  // A point or place the camera does not face (clicked at the head's outline, chosen from a list) is turned to.
  setPainPoint: (p) => {
    set({ painPoint: p ? roundVec(p) : null });
    if (p) requestLook([p]);
  },
  beginStroke: () => set((s) => ({ strokes: [...s.strokes, { erase: s.erase, dabs: [] }] })),
  addDab: (dab) =>
    set((s) => {
      const last = s.strokes[s.strokes.length - 1];
      if (!last || dabCount(s.strokes) >= MAX_DABS) return s;
      const rounded = { at: roundVec(dab.at), radiusMm: Math.round(dab.radiusMm) };
      return { strokes: [...s.strokes.slice(0, -1), { erase: last.erase, dabs: [...last.dabs, rounded] }] };
    }),
  undoStroke: () => set((s) => ({ strokes: s.strokes.slice(0, -1) })),
  clearDrawing: () => set({ strokes: [] }),
  setBrushMm: (mm) => set({ brushMm: Math.min(BRUSH_MAX_MM, Math.max(BRUSH_MIN_MM, Math.round(mm))) }),
  setErase: (erase) => set({ erase }),
  chooseRegion: (region) => {
    set({ region, mode: region ? 'regions' : get().mode });
    if (region) requestLook(placeLookPoints(region.regionId, region.side));
  },
});
