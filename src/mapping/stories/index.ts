import type { DescribedMuscle, Muscle, MuscleStory } from '../types';
import { muscles } from '../muscles';
import type { MuscleId } from '../muscles/ids';
import { buccinatorStory } from './buccinator';
import { digastricAnteriorStory } from './digastric-anterior';
import { digastricPosteriorStory } from './digastric-posterior';
import { frontalisStory } from './frontalis';
import { lateralPterygoidStory } from './lateral-pterygoid';
import { levatorScapulaeStory } from './levator-scapulae';
import { longusCapitisStory } from './longus-capitis';
import { longusColliStory } from './longus-colli';
import { lowerTrapeziusStory } from './lower-trapezius';
import { masseterDeepStory } from './masseter-deep';
import { masseterSuperficialStory } from './masseter-superficial';
import { medialPterygoidStory } from './medial-pterygoid';
import { obliquusCapitisInferiorStory } from './obliquus-capitis-inferior';
import { obliquusCapitisSuperiorStory } from './obliquus-capitis-superior';
import { occipitalisStory } from './occipitalis';
import { orbicularisOculiStory } from './orbicularis-oculi';
import { platysmaStory } from './platysma';
import { rectusCapitisPosteriorMajorStory } from './rectus-capitis-posterior-major';
import { rectusCapitisPosteriorMinorStory } from './rectus-capitis-posterior-minor';
import { scaleneAnteriorStory } from './scalene-anterior';
import { scaleneMiddleStory } from './scalene-middle';
import { scalenePosteriorStory } from './scalene-posterior';
import { semispinalisCapitisStory } from './semispinalis-capitis';
import { semispinalisCervicisMultifidiStory } from './semispinalis-cervicis-multifidi';
import { spleniusCapitisStory } from './splenius-capitis';
import { spleniusCervicisStory } from './splenius-cervicis';
import { sternocleidomastoidClavicularStory } from './sternocleidomastoid-clavicular';
import { sternocleidomastoidSternalStory } from './sternocleidomastoid-sternal';
import { superiorObliqueStory } from './superior-oblique';
import { temporalisStory } from './temporalis';
import { upperTrapeziusStory } from './upper-trapezius';
import { zygomaticusMajorStory } from './zygomaticus-major';

/** Each muscle's story by its id: the type asks for every id of `muscleIds` and no other. */
const stories: Readonly<Record<MuscleId, MuscleStory>> = {
  'upper-trapezius': upperTrapeziusStory,
  'lower-trapezius': lowerTrapeziusStory,
  'splenius-capitis': spleniusCapitisStory,
  'levator-scapulae': levatorScapulaeStory,
  'splenius-cervicis': spleniusCervicisStory,
  'semispinalis-capitis': semispinalisCapitisStory,
  'semispinalis-cervicis-multifidi': semispinalisCervicisMultifidiStory,
  'rectus-capitis-posterior-major': rectusCapitisPosteriorMajorStory,
  'rectus-capitis-posterior-minor': rectusCapitisPosteriorMinorStory,
  'obliquus-capitis-superior': obliquusCapitisSuperiorStory,
  'obliquus-capitis-inferior': obliquusCapitisInferiorStory,
  'sternocleidomastoid-sternal': sternocleidomastoidSternalStory,
  'sternocleidomastoid-clavicular': sternocleidomastoidClavicularStory,
  'scalene-anterior': scaleneAnteriorStory,
  'scalene-middle': scaleneMiddleStory,
  'scalene-posterior': scalenePosteriorStory,
  platysma: platysmaStory,
  'digastric-anterior': digastricAnteriorStory,
  'digastric-posterior': digastricPosteriorStory,
  'longus-colli': longusColliStory,
  'longus-capitis': longusCapitisStory,
  'masseter-superficial': masseterSuperficialStory,
  temporalis: temporalisStory,
  'masseter-deep': masseterDeepStory,
  'lateral-pterygoid': lateralPterygoidStory,
  'medial-pterygoid': medialPterygoidStory,
  frontalis: frontalisStory,
  occipitalis: occipitalisStory,
  'orbicularis-oculi': orbicularisOculiStory,
  'zygomaticus-major': zygomaticusMajorStory,
  buccinator: buccinatorStory,
  'superior-oblique': superiorObliqueStory,
};

/** A muscle's story: its words for a reader, apart from the data the first frame needs. */
export function storyOf(id: MuscleId): MuscleStory {
  return stories[id];
}

/**
 * The muscle with its story joined in, field by field: each trigger point takes its name and
 * location, each zone its description. Throws where the story and the data disagree (a trigger
 * point without words, a zone count that differs), which the catalogue test runs over every muscle.
 */
export function describeMuscle(muscle: Muscle): DescribedMuscle {
  const { triggerPoints, ...words } = stories[muscle.id];
  const ids = muscle.triggerPoints.map((tp) => tp.id);
  const extra = Object.keys(triggerPoints).filter((id) => !ids.includes(id));
  if (extra.length > 0) throw new Error(`Story of ${muscle.id} names unknown trigger points: ${extra.join(', ')}`);
  return {
    ...muscle,
    ...words,
    triggerPoints: muscle.triggerPoints.map((tp) => {
      const story = triggerPoints[tp.id];
      if (!story) throw new Error(`Story of ${muscle.id} lacks trigger point ${tp.id}`);
      if (story.zones.length !== tp.zones.length) {
        throw new Error(`Story of ${muscle.id}: ${tp.id} describes ${story.zones.length} of ${tp.zones.length} zones`);
      }
      return {
        ...tp,
        name: story.name,
        location: story.location,
        zones: tp.zones.map((zone, i) => ({ ...zone, description: story.zones[i]! })),
      };
    }),
  };
}

/** The catalogue with its stories, in the viewer's order. */
export const describedMuscles: readonly DescribedMuscle[] = muscles.map(describeMuscle);
