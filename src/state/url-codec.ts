import { getPainRegion, isMuscleId, isSide, mmToM, mToMm, sides, type Vec3 } from '../mapping';
import { defaultLayers } from './defaults';
import { decodeStrokes, encodeStrokes } from './drawing-codec';
import { decodeExercise, decodePosture, encodeExercise, encodePosture } from './demonstration-link';
import { decodeStretch, encodeStretch, stillStretch } from './stretch-link';
import { loadedTour } from './tour-library';
import { tourStepState, tourStepStretch, type TourStepState } from './tour-player';
import type { Notice } from './notice';
import { layerToggles, skinLayers, viewNames, type Layers, type LayerToggle } from '../display';
import type { DisplayState } from './slices/display';
import type { ExerciseDemoState } from './slices/exercise-demo';
import type { PostureViewState } from './slices/posture-view';
import type { PainInputState } from './slices/pain-input';
import type { QuizState } from './slices/quiz';
import type { SelectionState } from './slices/selection';
import type { StretchDemoState } from './slices/stretch-demo';
import type { TourState } from './slices/tour';
import { modes } from './types';

/**
 * The shareable part of the screen as URL search parameters, so a link reproduces what a
 * therapist showed. Positions travel as whole millimetres: precise enough for a fingertip.
 *
 *   m=upper-trapezius&s=left   selected muscle and side
 *   mode=point|draw|regions    explore is the default and is left out
 *   p=57,30,35                 "where does it hurt?" point, mm
 *   r=temple-left              named region (paired regions carry the side)
 *   d=MhKgUgebEX.*IhKgUge        pain drawing strokes (src/state/drawing-codec.ts)
 *   skin=opaque|hidden, off=bones,deep,...  iso=1   layers that differ from the defaults
 *   v=left                     camera preset
 *   tour=neck-pain-and-headaches&step=3   a guided tour at a step (1-based); a link with only
 *                              these shows the step as the tour defines it
 *   stretch=upper-trapezius&side=left   a stretch demonstration, shown in its end position
 *   exercise=craniocervical-flexion&position=3   an exercise, shown still at a position
 *                              (src/state/demonstration-link.ts)
 *   posture=forward-head-posture   the posture view; one demonstration at a time, a stretch first
 *   quiz=482913                a student quiz by its seed; such a link carries nothing else, so
 *                              the address bar cannot give away the muscle being asked about
 */
export type SharedState = Pick<SelectionState, 'selected'> &
  Pick<PainInputState, 'mode' | 'painPoint' | 'region' | 'strokes'> &
  Pick<DisplayState, 'layers' | 'view'> &
  Partial<TourState> &
  Partial<QuizState> &
  Partial<StretchDemoState> &
  Partial<ExerciseDemoState> &
  Partial<PostureViewState>;

/** What a link says: the parts of the shared state it carries, all checked. */
export type LinkState = Partial<SharedState>;

export interface Decoded {
  readonly state: LinkState;
  /** One notice (a catalogue key and its values) per part of the link that was ignored. */
  readonly notices: Notice[];
}

const MAX_PARAM = 20000;
const MAX_MM = 1000;

const oneOf = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

const mm = (v: number): number => Math.round(mToMm(v));
const vecToMm = (p: Vec3): string => `${mm(p[0])},${mm(p[1])},${mm(p[2])}`;

function vecFromMm(text: string): Vec3 | null {
  const parts = text.split(',');
  if (parts.length !== 3) return null;
  const n = parts.map((t) => (/^-?\d{1,4}$/.test(t.trim()) ? Number(t) : NaN));
  if (n.some((x) => !Number.isFinite(x) || Math.abs(x) > MAX_MM)) return null;
  return [mmToM(n[0]!), mmToM(n[1]!), mmToM(n[2]!)];
}

const shortLayerName: Record<LayerToggle, string> = {
  superficial: 'superficial',
  intermediate: 'intermediate',
  deep: 'deep',
  bones: 'bones',
  isolate: 'isolate',
  otherSide: 'other-side',
};

export function encodeState(s: SharedState): string {
  if (s.quiz != null) return `?quiz=${s.quiz}`;
  const q = new URLSearchParams();
  if (s.selected) {
    q.set('m', s.selected.muscleId);
    q.set('s', s.selected.side);
  }
  if (s.mode !== 'explore') q.set('mode', s.mode);
  if (s.painPoint) q.set('p', vecToMm(s.painPoint));
  if (s.region)
    q.set('r', getPainRegion(s.region.regionId)?.paired ? `${s.region.regionId}-${s.region.side}` : s.region.regionId);
  const drawing = encodeStrokes(s.strokes);
  if (drawing) q.set('d', drawing);
  // During a tour the skin and the view are always written: left out, they would read back as
  // the step's own setting rather than the default the user chose.
  if (s.layers.skin !== defaultLayers.skin || s.tour) q.set('skin', s.layers.skin);
  const off = layerToggles.filter((k) => k !== 'isolate' && !s.layers[k]).map((k) => shortLayerName[k]);
  if (off.length > 0) q.set('off', off.join(','));
  if (s.layers.isolate) q.set('iso', '1');
  if (s.view !== 'front' || s.tour) q.set('v', s.view);
  encodeStretch(q, s.stretch ?? null);
  encodeExercise(q, s.exercise ?? null);
  encodePosture(q, s.posture ?? null);
  if (s.tour) {
    q.set('tour', s.tour.tourId);
    q.set('step', String(s.tour.step + 1));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

function decodeLayers(q: URLSearchParams, notices: Notice[]): Layers | undefined {
  const skin = q.get('skin');
  const off = q.get('off');
  const iso = q.get('iso');
  if (skin === null && off === null && iso === null) return undefined;
  const layers: { -readonly [K in keyof Layers]: Layers[K] } = { ...defaultLayers };
  if (skin !== null) {
    if (oneOf(skinLayers, skin)) layers.skin = skin;
    else notices.push(link('unknownSkin', skin));
  }
  if (off !== null) {
    const unknown: string[] = [];
    for (const name of off.split(',')) {
      const key = layerToggles.find((k) => shortLayerName[k] === name);
      if (key && key !== 'isolate') layers[key] = false;
      else if (name) unknown.push(name);
    }
    // One notice however many: a link with thousands of made-up layers must not bury the screen.
    if (unknown.length === 1) notices.push(link('unknownLayer', unknown[0]!));
    else if (unknown.length > 1)
      notices.push({ key: 'messages:link.unknownLayers', params: { count: unknown.length } });
  }
  if (iso !== null) {
    if (iso === '1' || iso === '0') layers.isolate = iso === '1';
    else notices.push(link('isolate'));
  }
  return layers;
}

/** Keeps notices short and free of whatever a hostile link carried. */
function clip(text: string): string {
  const plain = text.replace(/[^\w\- ]/g, '?');
  return plain.length > 30 ? `${plain.slice(0, 30)}...` : plain;
}

/** A notice about the link; the offending value, if any, travels clipped. */
function link(what: string, value?: string): Notice {
  return value === undefined
    ? { key: `messages:link.${what}` }
    : { key: `messages:link.${what}`, params: { value: clip(value) } };
}

/** A quiz seed: a whole number that fits 32 bits, written plainly (no sign, no exponent). */
function quizSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const seed = Number(text);
  return seed <= 0xffffffff ? seed : null;
}

/**
 * `tour=` and `step=` (1-based; left out means the first) as the whole screen of that step. The
 * tours are read as loaded (`linkReady` in src/state/url-sync.ts fetches them for such a link).
 */
function decodeTour(q: URLSearchParams, notices: Notice[]): TourStepState | undefined {
  const id = q.get('tour');
  const step = q.get('step');
  if (id === null) {
    if (step !== null) notices.push({ key: 'messages:link.stepWithoutTour' });
    return undefined;
  }
  const tour = loadedTour(id);
  if (!tour) {
    notices.push({ key: 'messages:link.unknownTour', params: { value: clip(id) } });
    return undefined;
  }
  const n = step !== null && /^\d{1,3}$/.test(step) ? Number(step) : NaN;
  if (step === null || (n >= 1 && n <= tour.steps.length)) return tourStepState(tour, step === null ? 0 : n - 1);
  // A step that does not exist still opens the tour, at its start, so the patient sees something.
  notices.push({ key: 'messages:link.unknownStep', params: { value: clip(step), total: tour.steps.length } });
  return tourStepState(tour, 0);
}

/** Reads a link; anything unknown or malformed is left out with a notice, never thrown. */
export function decodeState(search: string): Decoded {
  const notices: Notice[] = [];
  const state: { -readonly [K in keyof SharedState]?: SharedState[K] } = {};
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search.length > MAX_PARAM ? search.slice(0, MAX_PARAM) : search);
  } catch {
    return { state, notices: [link('unreadable')] };
  }
  if (search.length > MAX_PARAM) notices.push(link('tooLong'));

  const m = q.get('m');
  const s = q.get('s');
  if (m !== null) {
    if (!isMuscleId(m)) notices.push(link('unknownMuscle', m));
    else if (!isSide(s)) notices.push(link('muscleSide'));
    else state.selected = { muscleId: m, side: s };
  }

  const mode = q.get('mode');
  if (mode !== null) {
    if (oneOf(modes, mode)) state.mode = mode;
    else notices.push(link('unknownMode', mode));
  }

  const p = q.get('p');
  if (p !== null) {
    const at = vecFromMm(p);
    if (at) state.painPoint = at;
    else notices.push(link('painPoint'));
  }

  const r = q.get('r');
  if (r !== null) {
    const side = sides.find((sd) => r.endsWith(`-${sd}`));
    const id = side ? r.slice(0, -side.length - 1) : r;
    const region = getPainRegion(id) ?? getPainRegion(r);
    if (!region) notices.push(link('unknownRegion', r));
    else state.region = { regionId: region.id, side: region.paired && side && region.id === id ? side : 'left' };
  }

  const d = q.get('d');
  if (d !== null) {
    const { strokes, bad } = decodeStrokes(d);
    state.strokes = strokes;
    if (bad) notices.push(link('drawing'));
  }

  const layers = decodeLayers(q, notices);
  if (layers) state.layers = layers;

  const v = q.get('v');
  if (v !== null) {
    if (oneOf(viewNames, v)) state.view = v;
    else notices.push(link('unknownView', v));
  }

  const stretch = decodeStretch(q);
  if (stretch && 'demo' in stretch) {
    state.stretch = stretch.demo;
    // The demonstration is shown beside its muscle: a link naming only the stretch selects it.
    state.selected ??= { muscleId: stretch.muscle, side: stretch.demo.side };
  } else if (stretch) notices.push(link(stretch.bad, 'value' in stretch ? stretch.value : undefined));
  const exercise = decodeExercise(q, notices, clip);
  const posture = decodePosture(q, notices, clip);
  // The head shows one demonstration at a time: a stretch, else an exercise, else the posture.
  if ([state.stretch, exercise, posture].filter(Boolean).length > 1)
    notices.push({ key: 'messages:link.oneDemonstration' });
  if (exercise && !state.stretch) state.exercise = exercise;
  else if (posture && !state.stretch) state.posture = posture;

  const quiz = q.get('quiz');
  if (quiz !== null) {
    const seed = quizSeed(quiz);
    if (seed === null) notices.push({ key: 'messages:link.quizSeed', params: { value: clip(quiz) } });
    else state.quiz = seed;
  }
  const tourStep = decodeTour(q, notices);
  if (!tourStep) return { state, notices };
  // A hand-made step link names only the tour: a step that plays a stretch then opens with it
  // still, in its end position, as a stretch link does. A link the viewer wrote says everything
  // (the view and the skin always), the stretch only while one was shown.
  const stepStretch = Object.keys(state).length === 0 && tourStepStretch(tourStep.tour.tourId, tourStep.tour.step);
  const stretchShown = stepStretch && { stretch: stillStretch(stepStretch.id, stepStretch.side) };
  // Anything else the link says wins over the step.
  return { state: { ...tourStep, ...stretchShown, ...state }, notices };
}
