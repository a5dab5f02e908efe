import { useEffect, useState } from 'react';
import {
  musclesForPainArea,
  musclesForRegion,
  musclesReferringTo,
  orderedByEstimate,
  paintedSamples,
  rankedEntries,
  type MuscleId,
  type RankedEntry,
  type ReferralLevel,
  type Side,
  type Vec3,
} from '../mapping';
import { useViewer } from './store';
import type { Mode, PainStroke, RegionChoice } from './types';

/** One muscle of "Possible source muscles", whichever way the pain was given. */
export interface ResultCandidate {
  readonly muscleId: MuscleId;
  readonly side: Side;
  readonly level: ReferralLevel;
  /** The ranking score (src/mapping `pointScore`, or its mean over an area), 0..1. */
  readonly score: number;
  /** Share of a painted area or region that lies in the muscle's zones, 0..1; null for a single point. */
  readonly share: number | null;
  /** The estimated clinical frequency decided its place among equal scores: the list says so. */
  readonly byEstimate: boolean;
}

/** A row of the list: a muscle, or a group (the suboccipitals) standing for its members. */
export type ResultEntry = RankedEntry<ResultCandidate>;

type Answer = readonly ResultEntry[] | null;

/** The muscle whose figures a row shows: the muscle itself, or a group's strongest member. */
export const entryLead = (e: ResultEntry): ResultCandidate => (e.kind === 'group' ? e.lead : e.candidate);

type Ranked = Omit<ResultCandidate, 'byEstimate'>;

/**
 * Rows in the mapping module's order, groups folded. Whether the estimate decided a place is
 * judged among the rows as shown: the entries at the top level, the members inside their group.
 */
function entries(ranked: readonly Ranked[]): ResultEntry[] {
  const marked = (list: readonly Ranked[]) => list.map((c, i) => ({ ...c, byEstimate: orderedByEstimate(list, i) }));
  const folded = rankedEntries(ranked);
  const top = marked(folded.map((e) => (e.kind === 'group' ? e.lead : e.candidate)));
  return folded.map((e, i) =>
    e.kind === 'group' ? { ...e, lead: top[i]!, members: marked(e.members) } : { kind: 'muscle', candidate: top[i]! },
  );
}

/**
 * Answers kept by the very store value they answer (a pain point, the strokes, a region: the
 * store replaces rather than changes them), so the results list, the announcer and anything else
 * asking about the same input share one lookup, and a forgotten input frees its answer.
 */
const answers = new WeakMap<object, Answer>();

function remembered(key: object, lookup: () => Answer): Answer {
  if (!answers.has(key)) answers.set(key, lookup());
  return answers.get(key)!;
}

function pointAnswer(p: Vec3): Answer {
  return remembered(p, () =>
    entries(
      musclesReferringTo(p).map((c) => ({
        muscleId: c.muscleId,
        side: c.side,
        level: c.level,
        score: c.score,
        share: null,
      })),
    ),
  );
}

const areaRow = (c: ReturnType<typeof musclesForPainArea>[number]): Ranked => ({
  muscleId: c.muscleId,
  side: c.side,
  level: c.level,
  score: c.score,
  share: c.share,
});

function drawingAnswer(strokes: readonly PainStroke[]): Answer {
  return remembered(strokes, () => {
    // The mapping answers the strokes themselves, so a shared drawing answers before (and without) the model.
    const painted = paintedSamples(strokes);
    if (painted.length === 0) return null;
    return entries(musclesForPainArea(painted).map(areaRow));
  });
}

function regionAnswer(region: RegionChoice): Answer {
  return remembered(region, () => entries(musclesForRegion(region.regionId, region.side).map(areaRow)));
}

/** The ranked entries for a mode and its input, answered by the mapping module alone. */
export function candidatesFor(
  mode: Mode,
  painPoint: Vec3 | null,
  strokes: readonly PainStroke[],
  region: RegionChoice | null,
): Answer {
  if (mode === 'point') return painPoint ? pointAnswer(painPoint) : null;
  if (mode === 'draw') return strokes.length > 0 ? drawingAnswer(strokes) : null;
  if (mode === 'regions') return region ? regionAnswer(region) : null;
  return null;
}

/** The drawing is looked up when the brush pauses, not on every dab. */
const DRAW_PAUSE_MS = 120;

/** The strokes as they were when the brush last paused; a drawing already there (a link) at once. */
function useSettledStrokes(): readonly PainStroke[] {
  const strokes = useViewer((s) => s.strokes);
  const [settled, setSettled] = useState(strokes);
  useEffect(() => {
    if (settled === strokes) return;
    const timer = setTimeout(() => setSettled(strokes), DRAW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [strokes, settled]);
  return settled;
}

/** The ranked entries for the current mode; every component asking shares one lookup per input. */
export function useCandidates(): Answer {
  const mode = useViewer((s) => s.mode);
  const painPoint = useViewer((s) => s.painPoint);
  const region = useViewer((s) => s.region);
  const strokes = useSettledStrokes();
  return candidatesFor(mode, painPoint, strokes, region);
}
