import type { SourceId } from '../mapping';
import {
  spinalSegments,
  type JawMotion,
  type GirdleMotion,
  type JointId,
  type MotionOf,
  type SegmentMotion,
  type SpinalSegment,
} from './joints';

/** The least and greatest value a motion may take (degrees, or mm for the jaw's glides). */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * Active range of the whole neck, occiput to T1, in healthy adults, degrees to one side: the round
 * figures clinicians quote from the normal-value studies (which vary with age and method).
 */
export const NECK_RANGE = { flexion: 50, extension: 60, rotation: 80, sideBend: 45 } as const;
export const NECK_RANGE_SOURCES: readonly SourceId[] = ['YOUDAS-1992', 'SWINKELS-2014'];

/**
 * Representative motion of each segment, degrees: flexion and extension together, side-bend and
 * rotation to one side (White and Panjabi's table, as Bogduk and Mercer review it). Only the
 * proportions are used: each share of the whole neck's range goes to the segment. Rotation is
 * about half at C1-C2, nodding mostly at the two upper joints and C4-C6.
 */
const SEGMENTAL: Readonly<
  Record<SpinalSegment, Readonly<Record<'flexionExtension' | 'sideBend' | 'rotation', number>>>
> = {
  'occiput-c1': { flexionExtension: 25, sideBend: 5, rotation: 5 },
  'c1-c2': { flexionExtension: 20, sideBend: 5, rotation: 40 },
  'c2-c3': { flexionExtension: 10, sideBend: 10, rotation: 3 },
  'c3-c4': { flexionExtension: 15, sideBend: 11, rotation: 7 },
  'c4-c5': { flexionExtension: 20, sideBend: 11, rotation: 7 },
  'c5-c6': { flexionExtension: 20, sideBend: 8, rotation: 7 },
  'c6-c7': { flexionExtension: 17, sideBend: 7, rotation: 6 },
  'c7-t1': { flexionExtension: 9, sideBend: 4, rotation: 2 },
};
export const SEGMENTAL_SOURCES: readonly SourceId[] = ['WP-1990', 'BM-2000'];

/** A segment's share of the neck's range in a motion (the shares of one motion add up to 1). */
export function segmentShare(segment: SpinalSegment, motion: SegmentMotion): number {
  const key = motion === 'flexion' ? 'flexionExtension' : motion;
  const total = spinalSegments.reduce((sum, s) => sum + SEGMENTAL[s][key], 0);
  return SEGMENTAL[segment][key] / total;
}

/**
 * A segment's range. The table gives flexion and extension together, so each segment's arc is
 * split as the whole neck's is (50 : 60): an assumption, since the split differs between levels.
 */
function segmentRange(segment: SpinalSegment, motion: SegmentMotion): Range {
  const share = segmentShare(segment, motion);
  if (motion === 'flexion') return { min: -NECK_RANGE.extension * share, max: NECK_RANGE.flexion * share };
  const oneSide = NECK_RANGE[motion] * share;
  return { min: -oneSide, max: oneSide };
}

/**
 * The jaw. Opening: the mouth opens 40 mm or more between the incisors in health (DC/TMD counts
 * under 40 mm as limited) and up to about 50-55 mm, by rotation about the condyles and a forward
 * glide of the condyles down the eminence; protrusion and side shift reach about 8-10 mm. The
 * angle and the glide of the full opening are the model's, set so its full range opens the
 * incisors about 55 mm (see tests/movement/measures.test.ts); the glide allows a millimetre of
 * retrusion behind the closed position.
 */
export const JAW_RANGE: Readonly<Record<JawMotion, Range>> = {
  opening: { min: 0, max: 40 },
  glide: { min: -1, max: 16 },
  lateralShift: { min: -10, max: 10 },
};
export const JAW_RANGE_SOURCES: readonly SourceId[] = ['DC-TMD-2014', 'OKESON'];

/**
 * The shoulder girdle at the sternoclavicular joint: elevation about 45 degrees, depression about
 * 10; protraction and retraction about 15 each (the textbook's round figures).
 */
export const GIRDLE_RANGE: Readonly<Record<GirdleMotion, Range>> = {
  elevation: { min: -10, max: 45 },
  protraction: { min: -15, max: 15 },
};
export const GIRDLE_RANGE_SOURCES: readonly SourceId[] = ['NEUMANN-2010'];

/** The range of one motion of one joint. */
export function rangeOf<J extends JointId>(joint: J, motion: MotionOf<J>): Range {
  if (joint === 'temporomandibular') return JAW_RANGE[motion as JawMotion];
  if (joint === 'shoulder-girdle-left' || joint === 'shoulder-girdle-right')
    return GIRDLE_RANGE[motion as GirdleMotion];
  return segmentRange(joint as SpinalSegment, motion as SegmentMotion);
}
