/**
 * The mapping module: which muscle refers pain where, and back again. Pure TypeScript with no
 * React, three.js or DOM, so the viewer, the model generator, tests and scripts share it.
 */
export type * from './types';
export {
  landmarks,
  isLandmarkName,
  isLandmarkRef,
  sidedLandmarkName,
  midlineLandmarkNames,
  pairedLandmarkNames,
} from './landmarks';
export type { LandmarkName, MidlineLandmark, PairedLandmark } from './landmarks';
export { resolveAnchor } from './anchor';
export { muscles, muscleIds, isMuscleId } from './muscles';
export { describeMuscle, describedMuscles, storyOf } from './stories';
export { sources, sourceIds, isSourceId } from './sources';
export { safetySources, type SafetySourceId } from './safety-sources';
export { symptomTags, isSymptomTag } from './symptoms';
export {
  getMuscle,
  referralAt,
  referralWeights,
  musclesReferringTo,
  musclesForPainArea,
  pointScore,
  estimatedFrequency,
  orderedByEstimate,
  SPILLOVER_FACTOR,
  SPILLOVER_CORE,
  ESSENTIAL_FLOOR,
  scoreBand,
  scoreBands,
} from './lookup';
export type { ScoreBand } from './lookup';
export { examinedGroups, examinedGroupOf, getExaminedGroup, rankedEntries } from './muscle-groups';
export type { ExaminedGroup, ExaminedGroupId, RankedEntry } from './muscle-groups';
export { satelliteLinks, alsoExamine, satelliteLink } from './satellites';
export type { SatelliteLink } from './satellites';
export { sides, isSide, otherSide, lateralSign } from './side';
export { seededRandom, pick, shuffled } from './random';
export { mmToM, mToMm, pointMmToM, pointMToMm, roundToWholeMm, degToRad, radToDeg } from './units';
export type { Referral, Candidate, AreaCandidate } from './lookup';
export { painRegions, getPainRegion, musclesForRegion, regionSamplePoints, regionCentre } from './regions';
export type { PainRegion } from './regions';
export {
  painGuide,
  getGuideRegion,
  guideForPainRegion,
  guideMuscles,
  acceptableMuscles,
  guideRegionsListing,
  outsideGuideMuscles,
} from './pain-guide';
export type { GuideBasis, GuideListing, GuideRegion, OutsideGuide } from './pain-guide';
export { surfaceFramePoint, radialDirection, HEAD_CENTRE, NECK_AXIS } from './surface-frame';
export { surfaceSamples } from './surface-samples';
export {
  brushWeight,
  paintAfterDab,
  paintedSamples,
  musclesForPainDrawing,
  PAINTED,
  SAMPLE_GAP_M,
} from './pain-drawing';
export type { PainDab, PainStroke } from './pain-drawing';
