import {
  examinedGroupOf,
  getMuscle,
  musclesForRegion,
  musclesReferringTo,
  scoreBand,
  type ExaminedGroupId,
  type MuscleId,
  type ReferralLevel,
  type ScoreBand,
  type Side,
  type Vec3,
} from '../mapping';
import { stretchById } from '../movement';
import {
  modelCannotPose,
  noticeNoJoints,
  prefersReducedMotion,
  stretchViewFor,
  useViewer,
  type ViewerStore,
} from '../state';
import type { ViewName } from '../display';
import type { Mode } from '../state/types';
import { parseMessage, type InboundMessage } from './messages';

/** One possible source muscle, as the viewer's own results list ranks it. */
export interface LookupCandidate {
  readonly muscleId: string;
  readonly side: Side;
  /** The catalogue's English name, so a host page can list candidates without its own copy. */
  readonly name: string;
  readonly level: ReferralLevel;
  /** The ranking score (the mapping module's `pointScore`, or its mean over a region), 0..1. */
  readonly score: number;
  /**
   * The score in the words the viewer shows ("strong match" at a point, "covers most of the
   * area" for a region): a host page should show these, not a percentage that reads as certainty.
   */
  readonly band: ScoreBand;
  /** Share of a named region's points that lie in the muscle's zones, 0..1; null for a single point. */
  readonly share: number | null;
  /** The group the viewer lists the muscle under (the suboccipitals), or null. */
  readonly group: { readonly id: ExaminedGroupId; readonly name: string } | null;
}

export interface LookupResult {
  readonly type: 'htp:lookup-result';
  readonly requestId: string | number | null;
  readonly candidates: readonly LookupCandidate[];
}

export interface ErrorReply {
  readonly type: 'htp:error';
  readonly requestId: string | number;
  readonly message: string;
}

export type Reply = LookupResult | ErrorReply;

const nameOf = (id: string): string => getMuscle(id)?.name ?? id;

function candidate(c: {
  muscleId: MuscleId;
  side: Side;
  level: ReferralLevel;
  score: number;
  share: number | null;
}): LookupCandidate {
  const g = examinedGroupOf(c.muscleId);
  return {
    muscleId: c.muscleId,
    side: c.side,
    name: nameOf(c.muscleId),
    level: c.level,
    score: c.score,
    band: scoreBand(c.score),
    share: c.share,
    group: g ? { id: g.id as ExaminedGroupId, name: g.name } : null,
  };
}

/** The mapping module's answer for a point (metres, model space) or a named region. */
export function lookup(message: Extract<InboundMessage, { type: 'htp:lookup' }>): LookupCandidate[] {
  if (message.point) return musclesReferringTo(message.point as Vec3).map((c) => candidate({ ...c, share: null }));
  return musclesForRegion(message.regionId!, message.side ?? 'left').map(candidate);
}

/**
 * Acts on one incoming message through the store, as a click would, and returns the reply to
 * send back, if any: lookups always answer; a malformed message answers only when it carried a
 * requestId (otherwise it is silently ignored, like any stray message a page receives).
 */
export function handleMessage(data: unknown, viewer: ViewerStore = useViewer.getState()): Reply | null {
  const parsed = parseMessage(data);
  if (!parsed.ok)
    return parsed.requestId === undefined
      ? null
      : { type: 'htp:error', requestId: parsed.requestId, message: parsed.error };
  const m = parsed.message;
  switch (m.type) {
    case 'htp:select':
      viewer.select(m.muscleId === null ? null : { muscleId: m.muscleId, side: m.side });
      if (m.view) viewer.showView(m.view as ViewName);
      return null;
    case 'htp:start-tour':
      viewer.startTour(m.tourId, (m.step ?? 1) - 1);
      return null;
    case 'htp:end-tour':
      viewer.endTour();
      return null;
    case 'htp:set-mode':
      viewer.setMode(m.mode as Mode);
      return null;
    case 'htp:lookup':
      return { type: 'htp:lookup-result', requestId: m.requestId ?? null, candidates: lookup(m) };
    case 'htp:start-stretch':
      return startStretch(m, viewer);
    case 'htp:stop-stretch':
      viewer.stopStretch();
      return null;
  }
}

/** Said to the page when the model shown (a clinic's, without joints) cannot take a pose. */
export const NO_JOINTS_ERROR = 'this model has no joints: it cannot show a stretch';

/**
 * Plays a stretch beside its muscle, as a link does: the muscle on that side is selected unless
 * it already is (a stretch of several muscles keeps whichever of them is selected), turned to the
 * view that shows it (`stretchViewFor`). Still when
 * asked, or when the user's system asks for less motion. On a model that cannot pose, nothing
 * changes but the notice, and the page hears why.
 */
function startStretch(m: Extract<InboundMessage, { type: 'htp:start-stretch' }>, viewer: ViewerStore): Reply | null {
  if (modelCannotPose()) {
    noticeNoJoints(viewer);
    return m.requestId === undefined ? null : { type: 'htp:error', requestId: m.requestId, message: NO_JOINTS_ERROR };
  }
  const stretch = stretchById(m.stretchId)!;
  const chosen = viewer.selected;
  const stretched = [...stretch.muscles, ...(stretch.alsoLengthens ?? [])] as readonly string[];
  const kept = chosen && chosen.side === m.side && stretched.includes(chosen.muscleId);
  const muscleId = kept ? chosen.muscleId : stretch.muscles[0]!;
  if (!kept) viewer.select({ muscleId, side: m.side });
  // Seen from where the muscle and the movement show, as the viewer's own button turns it.
  viewer.showView(stretchViewFor(muscleId, m.side));
  viewer.startStretch(stretch.id, m.side, m.still === true || prefersReducedMotion());
  return null;
}
