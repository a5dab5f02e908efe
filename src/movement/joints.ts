import { degToRad, landmarks, lateralSign, pointMmToM, pointMToMm, sides, type Side, type Vec3 } from '../mapping';
import { add, cross, lerp, normalize, sub } from '../mapping/vec';
import { shoulderGirdle, type Bone, type CervicalVertebra, type ShoulderGirdle } from './bones';
import { ATLANTO_AXIAL_FROM_BASION, ATLANTO_OCCIPITAL_FROM_BASION, fromBasion, vertebralBody } from './spine';

/**
 * The joints of the head, neck, jaw and shoulder girdle: where each turns (its centre, model
 * space, metres) and about which axes. Signs, the same for every pose and range:
 *   segments: flexion + (extension -) about the left-right axis; side-bend + toward the subject's
 *             left about the front-back axis; rotation + (the face turning to the left) about the
 *             segment's long axis;
 *   jaw:      opening + (degrees) about the axis through both condyles; glide + (mm), both condyles
 *             forward and down the articular eminence; lateral shift + (mm), the chin to the left;
 *   girdle:   elevation + (depression -) and protraction + (retraction -), degrees, at the
 *             sternoclavicular joint.
 */
export const spinalSegments = ['occiput-c1', 'c1-c2', 'c2-c3', 'c3-c4', 'c4-c5', 'c5-c6', 'c6-c7', 'c7-t1'] as const;
export type SpinalSegment = (typeof spinalSegments)[number];
export const girdleJoints = ['shoulder-girdle-left', 'shoulder-girdle-right'] as const;
export const jointIds = [...spinalSegments, 'temporomandibular', ...girdleJoints] as const;
export type JointId = (typeof jointIds)[number];

export const segmentMotions = ['flexion', 'sideBend', 'rotation'] as const;
export const jawMotions = ['opening', 'glide', 'lateralShift'] as const;
export const girdleMotions = ['elevation', 'protraction'] as const;
export type SegmentMotion = (typeof segmentMotions)[number];
export type JawMotion = (typeof jawMotions)[number];
export type GirdleMotion = (typeof girdleMotions)[number];
export type MotionOf<J extends JointId> = J extends SpinalSegment
  ? SegmentMotion
  : J extends 'temporomandibular'
    ? JawMotion
    : GirdleMotion;

export interface SegmentJoint {
  readonly kind: 'segment';
  readonly id: SpinalSegment;
  /** The bone below (which stays) and the bone above (which the joint turns). */
  readonly parent: Bone;
  readonly child: Bone;
  readonly centre: Vec3;
  /** Unit axes, each pointing so that a positive angle is the positive motion. */
  readonly axes: Readonly<Record<SegmentMotion, Vec3>>;
}

export interface JawJoint {
  readonly kind: 'jaw';
  readonly id: 'temporomandibular';
  readonly parent: 'skull';
  readonly child: 'mandible';
  /** Midway between the centres of the condylar heads: the hinge of opening turns about it. */
  readonly centre: Vec3;
  readonly axes: { readonly opening: Vec3 };
  /** The centre of each condylar head: the one on the side the chin shifts to turns in place. */
  readonly condyles: Readonly<Record<Side, Vec3>>;
  /** Unit direction of the condyles' glide, forward and down the articular eminence. */
  readonly glide: Vec3;
}

export interface GirdleJoint {
  readonly kind: 'girdle';
  readonly id: ShoulderGirdle;
  readonly side: Side;
  readonly parent: 'thorax';
  readonly child: ShoulderGirdle;
  /** The sternal end of the clavicle, where the girdle turns on the sternum. */
  readonly centre: Vec3;
  readonly axes: Readonly<Record<GirdleMotion, Vec3>>;
}

export type Joint = SegmentJoint | JawJoint | GirdleJoint;

const LEFT: Vec3 = [1, 0, 0];
const UP: Vec3 = [0, 1, 0];
const mm = (name: keyof typeof landmarks): Vec3 => pointMToMm(landmarks[name]);

/**
 * Below the axis each segment turns about a centre in the upper part of the lower vertebra's body
 * (Amevo, Worth and Bogduk's instantaneous axes): here 2 mm above the body's centre.
 */
const AXIS_ABOVE_LOWER_BODY_M = 0.002;

/** Each segment's vertebra above, the bone below, and the levels its long axis runs between. */
const segmentBones: Record<SpinalSegment, readonly [child: Bone, parent: Bone]> = {
  'occiput-c1': ['skull', 'c1'],
  'c1-c2': ['c1', 'c2'],
  'c2-c3': ['c2', 'c3'],
  'c3-c4': ['c3', 'c4'],
  'c4-c5': ['c4', 'c5'],
  'c5-c6': ['c5', 'c6'],
  'c6-c7': ['c6', 'c7'],
  'c7-t1': ['c7', 'thorax'],
};

const bodyOf = (bone: Bone): Vec3 =>
  vertebralBody(bone === 'thorax' ? 't1' : (bone as Exclude<CervicalVertebra, 'c1'>));

function segmentJoint(id: SpinalSegment): SegmentJoint {
  const [child, parent] = segmentBones[id];
  const upper = id === 'occiput-c1' || id === 'c1-c2';
  // The head nods and turns about the vertical through the condyles and the dens; below, each
  // segment's long axis runs from the lower body to the upper, leaning forward with the column.
  const centre = upper
    ? fromBasion(id === 'occiput-c1' ? ATLANTO_OCCIPITAL_FROM_BASION : ATLANTO_AXIAL_FROM_BASION)
    : add(bodyOf(parent), [0, AXIS_ABOVE_LOWER_BODY_M, 0]);
  const long = upper ? UP : normalize(sub(bodyOf(child), bodyOf(parent)));
  return {
    kind: 'segment',
    id,
    parent,
    child,
    centre,
    axes: { flexion: LEFT, sideBend: normalize(cross(long, LEFT)), rotation: long },
  };
}

/** The articular eminence slopes down and forward at about this angle to the Frankfort plane. */
const EMINENCE_SLOPE_DEG = 35;
/** The centre of the condylar head lies this far medial to and behind its lateral pole (mm). */
const CONDYLE_CENTRE_FROM_LATERAL_POLE: Vec3 = [-9, 0, -1];

function jawJoint(): JawJoint {
  const condyle = (side: Side): Vec3 => {
    const pole = mm(`condylion-${side}`);
    const [lateral, up, anterior] = CONDYLE_CENTRE_FROM_LATERAL_POLE;
    return pointMmToM([pole[0] + lateralSign(side) * lateral, pole[1] + up, pole[2] + anterior]);
  };
  const condyles = { left: condyle('left'), right: condyle('right') };
  const slope = degToRad(EMINENCE_SLOPE_DEG);
  return {
    kind: 'jaw',
    id: 'temporomandibular',
    parent: 'skull',
    child: 'mandible',
    centre: lerp(condyles.left, condyles.right, 0.5),
    axes: { opening: LEFT },
    condyles,
    glide: [0, -Math.sin(slope), Math.cos(slope)],
  };
}

/** The sternal end of the clavicle's centre, from the sternoclavicular landmark on its medial face (mm). */
const STERNAL_END_FROM_LANDMARK: Vec3 = [7.5, 1, -1];

function girdleJoint(side: Side): GirdleJoint {
  const s = lateralSign(side);
  const landmark = mm(`sternoclavicular-${side}`);
  const [lateral, up, anterior] = STERNAL_END_FROM_LANDMARK;
  return {
    kind: 'girdle',
    id: shoulderGirdle(side),
    side,
    parent: 'thorax',
    child: shoulderGirdle(side),
    centre: pointMmToM([landmark[0] + s * lateral, landmark[1] + up, landmark[2] + anterior]),
    // The acromion rises about the front-back axis and comes forward about the vertical.
    axes: { elevation: [0, 0, s], protraction: [0, -s, 0] },
  };
}

export const segmentJoints: Readonly<Record<SpinalSegment, SegmentJoint>> = Object.fromEntries(
  spinalSegments.map((id) => [id, segmentJoint(id)]),
) as Record<SpinalSegment, SegmentJoint>;
export const jaw: JawJoint = jawJoint();
export const girdles: Readonly<Record<Side, GirdleJoint>> = { left: girdleJoint('left'), right: girdleJoint('right') };

export const joints: readonly Joint[] = [
  ...spinalSegments.map((id) => segmentJoints[id]),
  jaw,
  ...sides.map((s) => girdles[s]),
];
