/**
 * The data model of the mapping module. Plain data, no behaviour: the catalogue is
 * reviewable by a clinician and readable by the model generator alike.
 */

import type { MidlineLandmark, PairedLandmark } from './landmarks';
import type { MuscleId } from './muscles/ids';
import type { SourceId } from './sources';
import type { Symptom } from './symptoms';
import type { Vec3 } from './vec';

export type { Side } from './side';
export type { Vec3 } from './vec';
export type { MuscleId } from './muscles/ids';
export type { Source, SourceId, SourceKind } from './sources';
export type { Symptom, SymptomTag } from './symptoms';

export type ReferralLevel = 'essential' | 'spillover';

/**
 * A landmark written without its side: `porion` means `porion-left` for a left muscle
 * and `porion-right` for a right one. Midline landmarks are written as they are.
 */
export type LandmarkRef = MidlineLandmark | PairedLandmark;

/**
 * A place defined from landmarks, so it follows the landmarks if they are corrected.
 * Position = landmark, moved `t` of the way toward `toward`, then moved by `offsetMm`.
 * `offsetMm` is [lateral, up, anterior] in millimetres, where lateral points away from
 * the midline on the muscle's side (so one definition serves both sides by mirroring).
 */
export interface Anchor {
  readonly landmark: LandmarkRef;
  readonly toward?: LandmarkRef;
  readonly t?: number;
  readonly offsetMm?: Vec3;
  /** Resolve paired landmarks on the side opposite the muscle (midline-crossing referral). */
  readonly opposite?: boolean;
}

/** A band drawn over the head along a path of anchors (one anchor = a round spot). */
export interface Stroke {
  readonly path: readonly Anchor[];
  /** Half-width of the band, in millimetres over the head's surface frame. */
  readonly radiusMm: number;
  /**
   * The weight on the band's path, 1 unless set: lower where the book draws a pattern as deep
   * and poorly localised, so the band still answers there but ranks below a sharply felt core.
   */
  readonly peak?: number;
}

export interface ReferralZone {
  readonly level: ReferralLevel;
  /** Where the pain is felt, in plain clinical words. */
  readonly description: string;
  readonly strokes: readonly Stroke[];
  /** True where the zone is recalled rather than checked against a cited page. */
  readonly uncertain?: boolean;
}

export interface TriggerPoint {
  /** Unique within its muscle, kebab-case, e.g. `trp1` or `upper`. */
  readonly id: string;
  readonly name: string;
  /** Where to find it, in words a clinician palpates by. */
  readonly location: string;
  readonly at: Anchor;
  readonly zones: readonly ReferralZone[];
  readonly sources: readonly SourceId[];
  readonly uncertain?: boolean;
}

export type MuscleGroup =
  'posterior-neck' | 'suboccipital' | 'lateral-neck' | 'anterior-neck' | 'jaw' | 'scalp-and-face';

/**
 * A muscle's depth: how it lies among the muscles over the same place. 1 lies just under the skin
 * (the facial muscles, platysma, trapezius, sternocleidomastoid); 2 under those (splenii, levator
 * scapulae, superficial masseter); 3 deeper again (semispinalis capitis, scalenes, deep masseter,
 * temporalis); 4 on the bone (suboccipitals, transversospinalis, pterygoids). One number serves
 * both readers: the model generator lays muscles down deepest first, so a muscle is laid over
 * every deeper one, and the viewer peels them in three layers, superficial (1), intermediate
 * (2-3) and deep (4) (`isMuscleShown` in src/state).
 */
export type DepthLayer = 1 | 2 | 3 | 4;

export interface Muscle {
  /** Stable kebab-case id, one of `muscleIds` (muscles/ids.ts). */
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly group: MuscleGroup;
  /** Its depth (see `DepthLayer`); the one home of this fact, the generator reads it too. */
  readonly layer: DepthLayer;
  readonly origin: string;
  readonly insertion: string;
  readonly innervation: string;
  readonly action: string;
  /** Plain summary of where the muscle sends pain. */
  readonly referralSummary: string;
  readonly triggerPoints: readonly TriggerPoint[];
  /** What the patient may notice, each tagged so a "have it checked first" note can follow it. */
  readonly symptoms: readonly Symptom[];
  readonly perpetuatingFactors: readonly string[];
  /**
   * How often the muscle is found to be the source in headache practice, 0..1. Used
   * only to break ties in the reverse lookup; see `frequencyNote` for the basis.
   */
  readonly clinicalFrequency: number;
  readonly frequencyNote: string;
  /** False for muscles kept for anatomy whose referral lies outside the head and neck. */
  readonly refersToHead: boolean;
  readonly sources: readonly SourceId[];
  readonly uncertain?: boolean;
  readonly notes?: string;
}
