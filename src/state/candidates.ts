import { useEffect, useState } from 'react';
import {
  musclesForPainArea,
  musclesForRegion,
  musclesReferringTo,
  paintedSamples,
  type MuscleId,
  type ReferralLevel,
  type Side,
  type Vec3,
} from '../mapping';
import { useViewer } from './store';
import type { Mode, PainStroke, RegionChoice } from './types';

/** One row of "Possible source muscles", whichever way the pain was given. */
export interface ResultCandidate {
  readonly muscleId: MuscleId;
  readonly side: Side;
  readonly level: ReferralLevel;
  /** Share of a painted area or region the muscle explains, 0..1; null for a single point. */
  readonly share: number | null;
}

type Answer = readonly ResultCandidate[] | null;

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
    musclesReferringTo(p).map((c) => ({ muscleId: c.muscleId, side: c.side, level: c.level, share: null })),
  );
}

function drawingAnswer(strokes: readonly PainStroke[]): Answer {
  return remembered(strokes, () => {
    // The mapping answers the strokes themselves, so a shared drawing answers before (and without) the model.
    const painted = paintedSamples(strokes);
    if (painted.length === 0) return null;
    return musclesForPainArea(painted).map((c) => ({
      muscleId: c.muscleId,
      side: c.side,
      level: c.level,
      share: c.share,
    }));
  });
}

function regionAnswer(region: RegionChoice): Answer {
  return remembered(region, () =>
    musclesForRegion(region.regionId, region.side).map((c) => ({
      muscleId: c.muscleId,
      side: c.side,
      level: c.level,
      share: c.share,
    })),
  );
}

/** The ranked candidates for a mode and its input, answered by the mapping module alone. */
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

/** The ranked candidates for the current mode; every component asking shares one lookup per input. */
export function useCandidates(): Answer {
  const mode = useViewer((s) => s.mode);
  const painPoint = useViewer((s) => s.painPoint);
  const region = useViewer((s) => s.region);
  const strokes = useSettledStrokes();
  return candidatesFor(mode, painPoint, strokes, region);
}
