import { muscles } from './muscles';
import { sides } from './side';
import type { Muscle, MuscleId, ReferralLevel, Side, Vec3 } from './types';
import { compileZones, zoneWeightInFrame, type CompiledZone } from './zones';
import { toSurfaceFrame } from './surface-frame';

const byId = new Map<string, Muscle>(muscles.map((m) => [m.id, m]));
const compiled = new Map<string, CompiledZone[]>();

export function getMuscle(id: string): Muscle | undefined {
  return byId.get(id);
}

function zonesOf(muscleId: MuscleId, side: Side): CompiledZone[] {
  const key = `${muscleId}:${side}`;
  let zones = compiled.get(key);
  if (!zones) {
    const muscle = byId.get(muscleId);
    if (!muscle) throw new Error(`Unknown muscle "${muscleId}"`);
    zones = compileZones(muscle, side);
    compiled.set(key, zones);
  }
  return zones;
}

export interface Referral {
  readonly level: ReferralLevel | null;
  /** 0..1, smooth at the zone's border. */
  readonly weight: number;
  /** The trigger point whose zone gives the weight, when there is one. */
  readonly triggerPointId: string | null;
}

const scratch = new Float64Array(3);

/** A muscle's referral at a point: the level that ranks it there (`scoredLevel`) and that zone's weight. */
function evaluate(zones: readonly CompiledZone[], p: Vec3): Referral {
  const at = levelsAt(zones, p);
  const { level } = scoredLevel(at.essential, at.spillover);
  if (!level) return { level: null, weight: 0, triggerPointId: null };
  return level === 'essential'
    ? { level, weight: at.essential, triggerPointId: at.essentialTrp }
    : { level, weight: at.spillover, triggerPointId: at.spilloverTrp };
}

/** How strongly, and at which level, a muscle on `side` refers pain to point `p` (model space). */
export function referralAt(muscleId: MuscleId, side: Side, p: Vec3): Referral {
  return evaluate(zonesOf(muscleId, side), p);
}

/**
 * Zone weights for many points at once (a mesh's vertices): for vertex i, writes the essential
 * weight to out[2i] and the spillover weight to out[2i + 1]. No allocation per point.
 */
export function referralWeights(
  muscleId: MuscleId,
  side: Side,
  positions: ArrayLike<number>,
  out: Float32Array = new Float32Array((positions.length / 3) * 2),
): Float32Array {
  const zones = zonesOf(muscleId, side);
  const n = positions.length / 3;
  for (let i = 0; i < n; i++) {
    toSurfaceFrame(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!, scratch);
    let e = 0;
    let s = 0;
    for (const zone of zones) {
      const w = zoneWeightInFrame(zone, scratch[0]!, scratch[1]!, scratch[2]!);
      if (zone.level === 'essential') e = w > e ? w : e;
      else s = w > s ? w : s;
    }
    out[i * 2] = e;
    out[i * 2 + 1] = s;
  }
  return out;
}

export interface Candidate {
  readonly muscleId: MuscleId;
  readonly side: Side;
  readonly level: ReferralLevel;
  readonly weight: number;
  readonly triggerPointId: string;
  /** The ranking score at the point (`pointScore`), 0..1. */
  readonly score: number;
}

/**
 * The ranking score: one number that combines a zone's level and its weight at a point. Spillover
 * pain is less telling than essential pain, so its weight counts `SPILLOVER_FACTOR` of an essential
 * one. A spillover zone's core (weight `SPILLOVER_CORE` or more) therefore scores at least
 * `ESSENTIAL_FLOOR`, and an essential zone's faint edge below that floor ranks under it. The
 * README of this folder gives the formula (Ranking).
 */
export const SPILLOVER_FACTOR = 0.5;
export const SPILLOVER_CORE = 0.8;
export const ESSENTIAL_FLOOR = SPILLOVER_FACTOR * SPILLOVER_CORE;

export function pointScore(level: ReferralLevel, weight: number): number {
  return level === 'essential' ? weight : weight * SPILLOVER_FACTOR;
}

/**
 * Estimated clinical frequency: the last tie-break only (see `frequencyNote` of each muscle).
 */
export function estimatedFrequency(id: string): number {
  return byId.get(id)?.clinicalFrequency ?? 0;
}

/** Higher score first; on an exact tie the estimated frequency, then the id and side for a stable order. */
function byScore(
  a: { muscleId: string; side: Side; score: number },
  b: { muscleId: string; side: Side; score: number },
): number {
  return (
    b.score - a.score ||
    estimatedFrequency(b.muscleId) - estimatedFrequency(a.muscleId) ||
    a.muscleId.localeCompare(b.muscleId) ||
    a.side.localeCompare(b.side)
  );
}

/** The level that gives the higher score at a point: essential on a tie. */
function scoredLevel(essential: number, spillover: number): { level: ReferralLevel | null; score: number } {
  const e = pointScore('essential', essential);
  const s = pointScore('spillover', spillover);
  if (e <= 0 && s <= 0) return { level: null, score: 0 };
  return e >= s ? { level: 'essential', score: e } : { level: 'spillover', score: s };
}

/** The best zone of each level at a point, with its trigger point. */
function levelsAt(zones: readonly CompiledZone[], p: Vec3) {
  toSurfaceFrame(p[0], p[1], p[2], scratch);
  let essential = 0;
  let spillover = 0;
  let essentialTrp = '';
  let spilloverTrp = '';
  for (const zone of zones) {
    const w = zoneWeightInFrame(zone, scratch[0]!, scratch[1]!, scratch[2]!);
    if (w <= 0) continue;
    if (zone.level === 'essential' && w > essential) [essential, essentialTrp] = [w, zone.triggerPointId];
    if (zone.level === 'spillover' && w > spillover) [spillover, spilloverTrp] = [w, zone.triggerPointId];
  }
  return { essential, spillover, essentialTrp, spilloverTrp };
}

/**
 * Every muscle (and side) whose zones cover `p`, ranked by score (level and weight together);
 * the estimated clinical frequency breaks exact ties only.
 */
export function musclesReferringTo(p: Vec3): Candidate[] {
  const out: Candidate[] = [];
  for (const m of muscles) {
    for (const side of sides) {
      const at = levelsAt(zonesOf(m.id, side), p);
      const { level, score } = scoredLevel(at.essential, at.spillover);
      if (!level) continue;
      const essential = level === 'essential';
      out.push({
        muscleId: m.id,
        side,
        level,
        weight: essential ? at.essential : at.spillover,
        triggerPointId: essential ? at.essentialTrp : at.spilloverTrp,
        score,
      });
    }
  }
  return out.sort(byScore);
}

export interface AreaCandidate {
  readonly muscleId: MuscleId;
  readonly side: Side;
  /** Share of the painted points that lie in any zone of the muscle, 0..1. */
  readonly share: number;
  /** Share of the painted points that lie in its essential zone, 0..1. */
  readonly essentialShare: number;
  /** Ranking score: the mean over the painted points of the point score (`pointScore`), 0..1. */
  readonly score: number;
  /** The level that gives the larger part of the score (essential on a tie). */
  readonly level: ReferralLevel;
}

/**
 * Muscles ranked by how well their zones cover a painted pain area (its sample points, model
 * space): the mean point score over the area, so a muscle scores 1 only when the core of its
 * essential zone covers the whole area.
 */
export function musclesForPainArea(points: readonly Vec3[]): AreaCandidate[] {
  if (points.length === 0) return [];
  const out: AreaCandidate[] = [];
  for (const m of muscles) {
    for (const side of sides) {
      const zones = zonesOf(m.id, side);
      let covered = 0;
      let essentialCovered = 0;
      let essentialScore = 0;
      let spilloverScore = 0;
      for (const p of points) {
        const at = levelsAt(zones, p);
        const { level, score } = scoredLevel(at.essential, at.spillover);
        if (!level) continue;
        covered++;
        if (at.essential > 0) essentialCovered++;
        if (level === 'essential') essentialScore += score;
        else spilloverScore += score;
      }
      if (covered === 0) continue;
      out.push({
        muscleId: m.id,
        side,
        share: covered / points.length,
        essentialShare: essentialCovered / points.length,
        score: (essentialScore + spilloverScore) / points.length,
        level: essentialScore >= spilloverScore ? 'essential' : 'spillover',
      });
    }
  }
  return out.sort(byScore);
}

/**
 * Whether the estimated clinical frequency decided the place of row `i`: its score equals a
 * neighbour's and the two muscles' estimates differ. The viewer labels such orders as resting on
 * an estimate.
 */
export function orderedByEstimate(list: readonly { muscleId: string; score: number }[], i: number): boolean {
  const row = list[i];
  if (!row) return false;
  return [list[i - 1], list[i + 1]].some(
    (n) => !!n && n.score === row.score && estimatedFrequency(n.muscleId) !== estimatedFrequency(row.muscleId),
  );
}

/**
 * How a score reads in words, in bands of the one score the lists are ranked by, so the words
 * shown beside a list never contradict its order. Only an essential zone reaches `strong`: a
 * spillover zone's best score is `SPILLOVER_FACTOR`.
 */
export const scoreBands = ['strong', 'fair', 'weak', 'slight'] as const;
export type ScoreBand = (typeof scoreBands)[number];
const BAND_FLOORS: Readonly<Record<ScoreBand, number>> = { strong: 0.6, fair: 0.35, weak: 0.15, slight: 0 };

export function scoreBand(score: number): ScoreBand {
  return scoreBands.find((b) => score >= BAND_FLOORS[b]) ?? 'slight';
}
