import type { MuscleId, Side, SymptomTag } from '../mapping';
import type { SkinLayer, ViewName } from '../display';

/** What a tour step shows; anything left out keeps the viewer's current setting. */
export interface StepLayers {
  readonly skin?: SkinLayer;
  readonly superficial?: boolean;
  readonly intermediate?: boolean;
  readonly deep?: boolean;
  readonly bones?: boolean;
  readonly isolate?: boolean;
  readonly otherSide?: boolean;
}

/** A stretch a step plays on the head: its id (`src/movement/stretches.ts`) and the side of the muscle. */
export interface StepStretch {
  readonly id: string;
  readonly side: Side;
}

export interface TourStep {
  readonly id: string;
  readonly title: string;
  readonly muscleId: MuscleId;
  readonly side: Side;
  readonly view: ViewName;
  readonly layers: StepLayers;
  /** What a clinician or student reads. */
  readonly text: string;
  /** The same point in a patient's words. */
  readonly patientText: string;
  /**
   * The kinds of symptom the step's texts name (toothache, ringing in the ear...), so the card can
   * add their "have it checked first" notes as the information panel does.
   */
  readonly mentions?: readonly SymptomTag[];
  /**
   * A stretch the step plays on the head beside its muscle: from neutral into the stretch, a hold
   * and back (its end position still, under reduced motion). Stepping away ends it. The step's
   * texts say what the head shows; the card adds the clinic's words for the stretch.
   */
  readonly stretch?: StepStretch;
}

export interface Tour {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly TourStep[];
}
