import { create } from 'zustand';
import type { Vec3 } from '../mapping';
import { BRUSH_MAX_MM, BRUSH_MIN_MM, DEFAULT_BRUSH_MM, defaultLayers, MAX_DABS } from './defaults';
import { tourStepStateById, type TourPosition } from './tour-player';
import type { Notice } from './notice';
import type { Layers, LayerToggle, SkinLayer, ViewName } from '../display';
import type { Mode, MuscleSide, PainDab, PainStroke, RegionChoice } from './types';

/**
 * Everything the screen shows, as plain data: domain ids, modes, layers, pain input and the
 * camera preset. No three.js objects live here, so the URL codec and tests can read it all.
 */
export interface ViewerState {
  readonly selected: MuscleSide | null;
  /** Muscle under the pointer in 3D; shown as a label, never put in links. */
  readonly hovered: MuscleSide | null;
  /** Candidate whose pattern is previewed while hovered or focused in a results list. */
  readonly preview: MuscleSide | null;
  readonly mode: Mode;
  readonly painPoint: Vec3 | null;
  readonly strokes: readonly PainStroke[];
  readonly brushMm: number;
  readonly erase: boolean;
  /** Model-space positions of the painted surface, reported by the scene for the lookup. */
  readonly paintedArea: readonly Vec3[];
  readonly region: RegionChoice | null;
  readonly layers: Layers;
  readonly view: ViewName;
  /** Bumped on every preset request so pressing the same preset again moves the camera back. */
  readonly viewRequest: number;
  /** The guided tour being played and its step; null while exploring freely. */
  readonly tour: TourPosition | null;
  /** Short messages for the user, e.g. parts of a link that were ignored, as catalogue keys. */
  readonly notices: readonly Notice[];
  /** Seed of the student quiz on screen, or null; the quiz's progress lives in its own panel. */
  readonly quiz: number | null;
}

export interface ViewerActions {
  select(choice: MuscleSide | null): void;
  setHovered(choice: MuscleSide | null): void;
  setPreview(choice: MuscleSide | null): void;
  setMode(mode: Mode): void;
  setPainPoint(p: Vec3 | null): void;
  beginStroke(): void;
  addDab(dab: PainDab): void;
  undoStroke(): void;
  clearDrawing(): void;
  setBrushMm(mm: number): void;
  setErase(erase: boolean): void;
  setPaintedArea(points: readonly Vec3[]): void;
  chooseRegion(choice: RegionChoice | null): void;
  setSkin(skin: SkinLayer): void;
  toggleLayer(layer: LayerToggle, on?: boolean): void;
  showView(view: ViewName): void;
  resetView(): void;
  /** Plays a tour from `step` (0-based, clamped); an unknown tour id changes nothing. */
  startTour(tourId: string, step?: number): void;
  /** Moves the playing tour to `step` and shows it. */
  showTourStep(step: number): void;
  /** Back to free exploring; what the last step showed stays on screen. */
  endTour(): void;
  addNotice(notice: Notice): void;
  setQuiz(seed: number | null): void;
  dismissNotice(index: number): void;
  /** Replace the shareable part of the state (from a link). */
  apply(partial: Partial<ViewerState>): void;
}

export type ViewerStore = ViewerState & ViewerActions;

export const initialState: ViewerState = {
  selected: null,
  hovered: null,
  preview: null,
  mode: 'explore',
  painPoint: null,
  strokes: [],
  brushMm: DEFAULT_BRUSH_MM,
  erase: false,
  paintedArea: [],
  region: null,
  layers: defaultLayers,
  view: 'front',
  viewRequest: 0,
  tour: null,
  notices: [],
  quiz: null,
};

const sameChoice = (a: MuscleSide | null, b: MuscleSide | null): boolean =>
  a === b || (!!a && !!b && a.muscleId === b.muscleId && a.side === b.side);

/**
 * Points are kept to whole millimetres, the precision of a link, so the screen and a link to it
 * ask the mapping module exactly the same question (a zone's border can fall between the two).
 */
const toMm = (v: number): number => Math.round(v * 1000) / 1000;
const roundVec = (p: Vec3): Vec3 => [toMm(p[0]), toMm(p[1]), toMm(p[2])];

const dabCount = (strokes: readonly PainStroke[]): number => strokes.reduce((n, s) => n + s.dabs.length, 0);

export const useViewer = create<ViewerStore>()((set, get) => ({
  ...initialState,
  select: (choice) => set({ selected: choice, preview: null }),
  setHovered: (choice) => {
    if (!sameChoice(get().hovered, choice)) set({ hovered: choice });
  },
  setPreview: (choice) => {
    if (!sameChoice(get().preview, choice)) set({ preview: choice });
  },
  setMode: (mode) => set({ mode, preview: null }),
  setPainPoint: (p) => set({ painPoint: p ? roundVec(p) : null }),
  beginStroke: () => set((s) => ({ strokes: [...s.strokes, { erase: s.erase, dabs: [] }] })),
  addDab: (dab) =>
    set((s) => {
      const last = s.strokes[s.strokes.length - 1];
      if (!last || dabCount(s.strokes) >= MAX_DABS) return s;
      const rounded = { at: roundVec(dab.at), radiusMm: Math.round(dab.radiusMm) };
      return { strokes: [...s.strokes.slice(0, -1), { erase: last.erase, dabs: [...last.dabs, rounded] }] };
    }),
  undoStroke: () => set((s) => ({ strokes: s.strokes.slice(0, -1) })),
  clearDrawing: () => set({ strokes: [], paintedArea: [] }),
  setBrushMm: (mm) => set({ brushMm: Math.min(BRUSH_MAX_MM, Math.max(BRUSH_MIN_MM, Math.round(mm))) }),
  setErase: (erase) => set({ erase }),
  setPaintedArea: (paintedArea) => set({ paintedArea }),
  chooseRegion: (region) => set({ region, mode: region ? 'regions' : get().mode }),
  setSkin: (skin) => set((s) => ({ layers: { ...s.layers, skin } })),
  toggleLayer: (layer, on) => set((s) => ({ layers: { ...s.layers, [layer]: on ?? !s.layers[layer] } })),
  showView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1 })),
  resetView: () => set((s) => ({ view: 'front', viewRequest: s.viewRequest + 1 })),
  startTour: (tourId, step = 0) => {
    const next = tourStepStateById(tourId, step, get().layers);
    if (next) set((s) => ({ ...next, preview: null, viewRequest: s.viewRequest + 1 }));
  },
  showTourStep: (step) => {
    const tour = get().tour;
    if (tour) get().startTour(tour.tourId, step);
  },
  endTour: () => set({ tour: null }),
  addNotice: (notice) => set((s) => ({ notices: [...s.notices, notice] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  setQuiz: (quiz) => set({ quiz }),
  apply: (partial) => set((s) => ({ ...partial, viewRequest: s.viewRequest + 1 })),
}));

/** Back to the first screen; tests call it between cases. */
export function resetViewer(): void {
  useViewer.setState({ ...initialState });
}
