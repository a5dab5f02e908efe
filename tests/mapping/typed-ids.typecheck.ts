/**
 * Checked by `npm run typecheck`, never run: landmark, muscle and source ids are literal types
 * taken from their tables, so a mistyped id does not compile. If one of the
 * `@ts-expect-error` lines below stops being an error, the typing has regressed and tsc fails.
 */
import type { Anchor, LandmarkName, Muscle, MuscleId, Side, SourceId, TriggerPoint } from '../../src/mapping';
import { referralAt } from '../../src/mapping';
import type { MuscleSide } from '../../src/state';

export const rightLandmark: Anchor = { landmark: 'porion', toward: 'jugular-notch' };
// @ts-expect-error: no landmark "porian"
export const wrongLandmark: Anchor = { landmark: 'porian' };
// @ts-expect-error: anchors name paired landmarks without their side
export const sidedInAnchor: Anchor = { landmark: 'porion-left' };
export const sidedName: LandmarkName = 'porion-left';
// @ts-expect-error: the model's landmark names carry the side
export const unsidedName: LandmarkName = 'porion';

export const rightMuscle: MuscleId = 'upper-trapezius';
// @ts-expect-error: no muscle "upper-trapezus"
export const wrongMuscle: MuscleId = 'upper-trapezus';
// @ts-expect-error: a selection names a catalogue muscle
export const wrongSelection: MuscleSide = { muscleId: 'trapezius', side: 'left' };
// @ts-expect-error: lookups take catalogue muscles only
export const wrongLookup = () => referralAt('temporalis-major', 'left', [0, 0, 0]);
// @ts-expect-error: sides are the subject's left and right
export const wrongSide: Side = 'middle';

export const rightSource: SourceId = 'TS-1999';
// @ts-expect-error: no source "TS-1998"
export const wrongSource: SourceId = 'TS-1998';
// @ts-expect-error: a trigger point cites sources of the list
export const wrongCitation: TriggerPoint['sources'] = ['Travell'];
// @ts-expect-error: a muscle cites sources of the list
export const wrongMuscleCitation: Muscle['sources'] = ['ML-TP9'];
