/**
 * The data model of the mapping module. Plain data, no behaviour: the catalogue is
 * reviewable by a clinician and readable by the model generator alike.
 *
 * A muscle is written in two parts. `Muscle` holds what the scene, the lookups and the lists need
 * from the first frame on (names, depth, trigger points, zones as strokes); `MuscleStory` holds
 * its words for a reader (attachments, zone descriptions, symptoms, notes), which only the
 * panels opened later show, so they load with them. `DescribedMuscle` is the two joined.
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
  readonly strokes: readonly Stroke[];
  /** True where the zone is recalled rather than checked against a cited page. */
  readonly uncertain?: boolean;
}

export interface TriggerPoint {
  /** Unique within its muscle, kebab-case, e.g. `trp1` or `upper`. */
  readonly id: string;
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
  readonly triggerPoints: readonly TriggerPoint[];
  /**
   * How often the muscle is found to be the source in headache practice, 0..1. Used
   * only to break ties in the reverse lookup; see the story's `frequencyNote` for the basis.
   */
  readonly clinicalFrequency: number;
  /** False for muscles kept for anatomy whose referral lies outside the head and neck. */
  readonly refersToHead: boolean;
  readonly sources: readonly SourceId[];
  /** True where something of the muscle is recalled rather than checked; the story's `notes` say what. */
  readonly uncertain?: boolean;
}

/** A trigger point's words, in its story under its id. */
export interface TriggerPointStory {
  readonly name: string;
  /** Where to find it, in words a clinician palpates by. */
  readonly location: string;
  /** Where the pain of each zone is felt, in plain clinical words: one per zone, in the zones' order. */
  readonly zones: readonly string[];
}

/** A muscle's words for a reader (`stories/<id>.ts`), beside its data in `muscles/<id>.ts`. */
export interface MuscleStory {
  readonly origin: string;
  readonly insertion: string;
  readonly innervation: string;
  readonly action: string;
  /** Plain summary of where the muscle sends pain. */
  readonly referralSummary: string;
  /** Each trigger point's words, by its id. */
  readonly triggerPoints: Readonly<Record<string, TriggerPointStory>>;
  /** What the patient may notice, each tagged so a "have it checked first" note can follow it. */
  readonly symptoms: readonly Symptom[];
  readonly perpetuatingFactors: readonly string[];
  /** The basis of `clinicalFrequency`. */
  readonly frequencyNote: string;
  readonly notes?: string;
}

export interface DescribedZone extends ReferralZone {
  readonly description: string;
}

export interface DescribedTriggerPoint extends Omit<TriggerPoint, 'zones'>, Omit<TriggerPointStory, 'zones'> {
  readonly zones: readonly DescribedZone[];
}

/** A muscle with its story joined in: what the information panel, the handout and the translations read. */
export interface DescribedMuscle extends Omit<Muscle, 'triggerPoints'>, Omit<MuscleStory, 'triggerPoints'> {
  readonly triggerPoints: readonly DescribedTriggerPoint[];
}
