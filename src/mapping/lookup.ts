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

function evaluate(zones: readonly CompiledZone[], p: Vec3): Referral {
  toSurfaceFrame(p[0], p[1], p[2], scratch);
  let best: { level: ReferralLevel; weight: number; trp: string } | null = null;
  for (const zone of zones) {
    const w = zoneWeightInFrame(zone, scratch[0]!, scratch[1]!, scratch[2]!);
    if (w <= 0) continue;
    // The level with the larger weight wins; on a tie the essential zone does.
    const better =
      !best || w > best.weight || (w === best.weight && zone.level === 'essential' && best.level !== 'essential');
    if (better) best = { level: zone.level, weight: w, trp: zone.triggerPointId };
  }
  return best
    ? { level: best.level, weight: best.weight, triggerPointId: best.trp }
    : { level: null, weight: 0, triggerPointId: null };
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
}

const levelRank = (l: ReferralLevel): number => (l === 'essential' ? 0 : 1);

function frequency(id: string): number {
  return byId.get(id)?.clinicalFrequency ?? 0;
}

/**
 * Every muscle (and side) whose zones cover `p`: essential before spillover, then by weight,
 * then by how often the muscle is the culprit in practice.
 */
export function musclesReferringTo(p: Vec3): Candidate[] {
  const out: Candidate[] = [];
  for (const m of muscles) {
    for (const side of sides) {
      const r = evaluate(zonesOf(m.id, side), p);
      if (r.level)
        out.push({ muscleId: m.id, side, level: r.level, weight: r.weight, triggerPointId: r.triggerPointId! });
    }
  }
  return out.sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      b.weight - a.weight ||
      frequency(b.muscleId) - frequency(a.muscleId) ||
      a.muscleId.localeCompare(b.muscleId) ||
      a.side.localeCompare(b.side),
  );
}

export interface AreaCandidate {
  readonly muscleId: MuscleId;
  readonly side: Side;
  /** Share of the painted points that lie in any zone of the muscle, 0..1. */
  readonly share: number;
  /** Share of the painted points that lie in its essential zone, 0..1. */
  readonly essentialShare: number;
  /** Ranking score: zone weights summed over the points (spillover counted half), per point. */
  readonly score: number;
  /** Essential if any painted point lies in the essential zone. */
  readonly level: ReferralLevel;
}

/** Spillover pain is less telling than essential pain when ranking. */
const SPILLOVER_FACTOR = 0.5;

/**
 * Muscles ranked by how much of a painted pain area (its sample points, model space) their
 * zones explain.
 */
export function musclesForPainArea(points: readonly Vec3[]): AreaCandidate[] {
  if (points.length === 0) return [];
  const out: AreaCandidate[] = [];
  for (const m of muscles) {
    for (const side of sides) {
      const zones = zonesOf(m.id, side);
      let covered = 0;
      let essentialCovered = 0;
      let score = 0;
      for (const p of points) {
        const r = evaluate(zones, p);
        if (!r.level) continue;
        covered++;
        if (r.level === 'essential') {
          essentialCovered++;
          score += r.weight;
        } else score += r.weight * SPILLOVER_FACTOR;
      }
      if (covered === 0) continue;
      out.push({
        muscleId: m.id,
        side,
        share: covered / points.length,
        essentialShare: essentialCovered / points.length,
        score: score / points.length,
        level: essentialCovered > 0 ? 'essential' : 'spillover',
      });
    }
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      frequency(b.muscleId) - frequency(a.muscleId) ||
      a.muscleId.localeCompare(b.muscleId) ||
      a.side.localeCompare(b.side),
  );
}
