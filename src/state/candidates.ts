import { useMemo } from 'react';
import { musclesForPainArea, musclesForRegion, musclesReferringTo, type MuscleId, type ReferralLevel, type Side } from '../mapping';
import { useViewer } from './store';

/** One row of "Possible source muscles", whichever way the pain was given. */
export interface ResultCandidate {
  readonly muscleId: MuscleId;
  readonly side: Side;
  readonly level: ReferralLevel;
  /** Share of a painted area or region the muscle explains, 0..1; null for a single point. */
  readonly share: number | null;
}

/** The ranked candidates for the current mode, answered by the mapping module alone. */
export function useCandidates(): readonly ResultCandidate[] | null {
  const mode = useViewer((s) => s.mode);
  const painPoint = useViewer((s) => s.painPoint);
  const paintedArea = useViewer((s) => s.paintedArea);
  const region = useViewer((s) => s.region);
  return useMemo(() => {
    if (mode === 'point') {
      if (!painPoint) return null;
      return musclesReferringTo(painPoint).map((c) => ({ muscleId: c.muscleId, side: c.side, level: c.level, share: null }));
    }
    if (mode === 'draw') {
      if (paintedArea.length === 0) return null;
      return musclesForPainArea(paintedArea).map((c) => ({ muscleId: c.muscleId, side: c.side, level: c.level, share: c.share }));
    }
    if (mode === 'regions') {
      if (!region) return null;
      return musclesForRegion(region.regionId, region.side).map((c) => ({ muscleId: c.muscleId, side: c.side, level: c.level, share: c.share }));
    }
    return null;
  }, [mode, painPoint, paintedArea, region]);
}
