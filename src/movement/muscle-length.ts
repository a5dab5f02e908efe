import { attachments } from '../mapping/attachments';
import { muscleIds, resolveAnchor, sides, type Anchor, type MuscleId, type Side, type Vec3 } from '../mapping';
import { distance, lerp } from '../mapping/vec';
import { attachmentBones, type Carrier, type LineCarrier } from './attachment-bones';
import { shoulderGirdle } from './bones';
import { boneTransforms, posedPoint, type BoneTransforms } from './kinematics';
import type { Pose } from './pose';
import { vertebraAtHeight } from './spine';

/**
 * A muscle's length in a pose: the mean, over fibres spread across its width, of the path from
 * origin to insertion through the belly's via points, each point carried by its bone. Fibre i of
 * n starts at fraction i/(n-1) along the origin line and ends at the same fraction along the
 * insertion line (the generator lays its fibres so); a point between two attachment points on
 * different bones is carried by both, in proportion. Between its points the path is straight;
 * where a long muscle lies against the neck, a belly point riding with the vertebra at its height
 * makes the path bend round the neck rather than cut through it (see README).
 */
export const FIBRES = 5;

/** A point of a fibre's path: where it is at rest, and what carries it. */
export interface CarriedPoint {
  readonly rest: Vec3;
  readonly carrier: Carrier;
}

const carrierAt = (line: LineCarrier, i: number): Carrier =>
  Array.isArray(line) ? (line as readonly Carrier[])[i]! : (line as Carrier);

const restLine = (anchors: readonly Anchor[], line: LineCarrier, side: Side): CarriedPoint[] =>
  anchors.map((a, i) => ({ rest: resolveAnchor(a, side), carrier: carrierAt(line, i) }));

const pathLength = (path: readonly Vec3[]): number =>
  path.slice(1).reduce((sum, p, i) => sum + distance(path[i]!, p), 0);

/** The point a fraction `u` of the way along a line, by rest length, carried by its neighbours. */
function alongLine(line: readonly CarriedPoint[], u: number): CarriedPoint {
  if (line.length === 1) return line[0]!;
  const lengths = line.slice(1).map((p, i) => distance(line[i]!.rest, p.rest));
  let left = u * lengths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i]! || i === lengths.length - 1) {
      const t = Math.min(1, left / lengths[i]!);
      const [a, b] = [line[i]!, line[i + 1]!];
      return { rest: lerp(a.rest, b.rest, t), carrier: { between: [a.carrier, b.carrier], t } };
    }
    left -= lengths[i]!;
  }
  return line[line.length - 1]!;
}

/** Belly points at fractions of the fibre's rest path, each riding with the vertebra at its height. */
function withBelly(path: readonly CarriedPoint[], fractions: readonly number[]): CarriedPoint[] {
  const out = [...path];
  const total = pathLength(path.map((p) => p.rest));
  for (const f of [...fractions].sort((a, b) => b - a)) {
    let left = f * total;
    for (let i = 1; i < out.length; i++) {
      const d = distance(out[i - 1]!.rest, out[i]!.rest);
      if (left <= d) {
        const rest = lerp(out[i - 1]!.rest, out[i]!.rest, left / d);
        out.splice(i, 0, { rest, carrier: vertebraAtHeight(rest[1]) });
        break;
      }
      left -= d;
    }
  }
  return out;
}

const fibreCache = new Map<string, CarriedPoint[][]>();

/** A muscle's fibres at rest: for each, its path's points and their carriers. */
function restFibres(id: MuscleId, side: Side): CarriedPoint[][] {
  const key = `${id}:${side}`;
  const cached = fibreCache.get(key);
  if (cached) return cached;
  const geometry = attachments[id];
  const carriers = attachmentBones[id];
  const origin = restLine(geometry.origin, carriers.origin, side);
  const insertion = restLine(geometry.insertion, carriers.insertion, side);
  const via = geometry.via ? restLine(geometry.via, carriers.via ?? [], side) : [];
  const fibres = Array.from({ length: FIBRES }, (_, i) =>
    fibreAt(origin, insertion, via, carriers.belly ?? [], i / (FIBRES - 1)),
  );
  fibreCache.set(key, fibres);
  return fibres;
}

const fibreAt = (
  origin: readonly CarriedPoint[],
  insertion: readonly CarriedPoint[],
  via: readonly CarriedPoint[],
  belly: readonly number[],
  u: number,
): CarriedPoint[] => withBelly([alongLine(origin, u), ...via, alongLine(insertion, u)], belly);

/**
 * The fibre a fraction `u` across the muscle at rest, as points with what carries each: the model
 * generator weights a muscle's vertices along it, so the skinned mesh moves as this path does.
 */
export function restFibre(id: MuscleId, side: Side, u: number): CarriedPoint[] {
  const geometry = attachments[id];
  const carriers = attachmentBones[id];
  const via = geometry.via ? restLine(geometry.via, carriers.via ?? [], side) : [];
  return fibreAt(
    restLine(geometry.origin, carriers.origin, side),
    restLine(geometry.insertion, carriers.insertion, side),
    via,
    carriers.belly ?? [],
    u,
  );
}

function carry(transforms: BoneTransforms, carrier: Carrier, side: Side, rest: Vec3): Vec3 {
  if (typeof carrier === 'object') {
    const [a, b] = carrier.between;
    return lerp(carry(transforms, a, side, rest), carry(transforms, b, side, rest), carrier.t);
  }
  return posedPoint(transforms, carrier === 'shoulder-girdle' ? shoulderGirdle(side) : carrier, rest);
}

/** The fibre paths of a muscle in a pose (metres, model space). */
export function fibrePaths(id: MuscleId, side: Side, transforms: BoneTransforms): Vec3[][] {
  return restFibres(id, side).map((path) => path.map((p) => carry(transforms, p.carrier, side, p.rest)));
}

/** The mean fibre path length in a pose, metres. */
export function muscleLength(id: MuscleId, side: Side, transforms: BoneTransforms): number {
  const paths = fibrePaths(id, side, transforms);
  return paths.reduce((sum, p) => sum + pathLength(p), 0) / paths.length;
}

const restTransforms = boneTransforms({});
const restLengths = new Map<string, number>();

/** The muscle's length at rest (the model's pose), metres. */
export function restLength(id: MuscleId, side: Side): number {
  const key = `${id}:${side}`;
  if (!restLengths.has(key)) restLengths.set(key, muscleLength(id, side, restTransforms));
  return restLengths.get(key)!;
}

/** The muscle's length in a pose as per cent of rest (100 = unchanged). */
export const lengthPercent = (id: MuscleId, side: Side, transforms: BoneTransforms): number =>
  (100 * muscleLength(id, side, transforms)) / restLength(id, side);

export interface MuscleLength {
  readonly id: MuscleId;
  readonly side: Side;
  /** Length in the pose as per cent of rest. */
  readonly percent: number;
}

/** Every muscle on both sides, in catalogue order, with its length in the pose. */
export function lengthsInPose(pose: Pose): MuscleLength[] {
  const t = boneTransforms(pose);
  return muscleIds.flatMap((id) => sides.map((side) => ({ id, side, percent: lengthPercent(id, side, t) })));
}
