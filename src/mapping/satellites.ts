import type { MuscleId } from './muscles/ids';
import type { SourceId } from './sources';

/**
 * "Also examine": key and satellite trigger points. A satellite trigger point develops in a
 * muscle that lies in the referred pain zone of a key trigger point (or works with its muscle) and
 * often settles when the key one is treated; a satellite left alone can keep the key one going. So
 * a clinician who finds one examines the other. Links run key -> satellite, on the same side.
 */
export interface SatelliteLink {
  readonly key: MuscleId;
  readonly satellite: MuscleId;
  readonly sources: readonly SourceId[];
  /** Recalled from the manual's chapter rather than checked against a cited page. */
  readonly uncertain?: boolean;
}

export const satelliteLinks: readonly SatelliteLink[] = [
  // The upper trapezius refers to the temple, the angle of the jaw and the back of the head.
  { key: 'upper-trapezius', satellite: 'temporalis', sources: ['TS-1999'], uncertain: true },
  { key: 'upper-trapezius', satellite: 'masseter-superficial', sources: ['TS-1999'], uncertain: true },
  { key: 'upper-trapezius', satellite: 'occipitalis', sources: ['TS-1999'], uncertain: true },
  { key: 'upper-trapezius', satellite: 'levator-scapulae', sources: ['TS-1999'], uncertain: true },
  // Lower trapezius trigger point 3 refers up into the upper trapezius's ground (the high neck and the
  // acromion); upper trapezius trigger points that persist are looked for there.
  { key: 'lower-trapezius', satellite: 'upper-trapezius', sources: ['TS-1999'], uncertain: true },
  // The sternocleidomastoid refers over the face, the forehead and round the ear.
  { key: 'sternocleidomastoid-sternal', satellite: 'temporalis', sources: ['TS-1999'], uncertain: true },
  { key: 'sternocleidomastoid-sternal', satellite: 'masseter-superficial', sources: ['TS-1999'], uncertain: true },
  { key: 'sternocleidomastoid-sternal', satellite: 'orbicularis-oculi', sources: ['TS-1999'], uncertain: true },
  { key: 'sternocleidomastoid-sternal', satellite: 'digastric-posterior', sources: ['TS-1999'], uncertain: true },
  { key: 'sternocleidomastoid-sternal', satellite: 'zygomaticus-major', sources: ['WMM-ZYG'] },
  { key: 'sternocleidomastoid-clavicular', satellite: 'frontalis', sources: ['TS-1999'], uncertain: true },
  { key: 'sternocleidomastoid-sternal', satellite: 'platysma', sources: ['TS-1999'], uncertain: true },
  // The scalenes share the side of the neck with the platysma.
  { key: 'scalene-anterior', satellite: 'platysma', sources: ['TS-1999'], uncertain: true },
  // The superficial masseter refers along the cheek to the mouth corner.
  { key: 'masseter-superficial', satellite: 'zygomaticus-major', sources: ['WMM-ZYG'] },
];

/** Muscles to examine too when a muscle's trigger points are found: its satellites, and what it is a satellite of. */
export function alsoExamine(muscleId: string): { satellites: MuscleId[]; keys: MuscleId[] } {
  return {
    satellites: satelliteLinks.filter((l) => l.key === muscleId).map((l) => l.satellite),
    keys: satelliteLinks.filter((l) => l.satellite === muscleId).map((l) => l.key),
  };
}

/** The link between two muscles, for its sources and certainty. */
export function satelliteLink(key: string, satellite: string): SatelliteLink | undefined {
  return satelliteLinks.find((l) => l.key === key && l.satellite === satellite);
}
