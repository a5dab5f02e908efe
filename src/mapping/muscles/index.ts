import type { Muscle } from '../types';
import { muscleIds, type MuscleId } from './ids';
import { buccinator } from './buccinator';
import { digastricAnterior } from './digastric-anterior';
import { digastricPosterior } from './digastric-posterior';
import { frontalis } from './frontalis';
import { lateralPterygoid } from './lateral-pterygoid';
import { levatorScapulae } from './levator-scapulae';
import { longusCapitis } from './longus-capitis';
import { longusColli } from './longus-colli';
import { lowerTrapezius } from './lower-trapezius';
import { masseterDeep } from './masseter-deep';
import { masseterSuperficial } from './masseter-superficial';
import { medialPterygoid } from './medial-pterygoid';
import { obliquusCapitisInferior } from './obliquus-capitis-inferior';
import { obliquusCapitisSuperior } from './obliquus-capitis-superior';
import { occipitalis } from './occipitalis';
import { orbicularisOculi } from './orbicularis-oculi';
import { platysma } from './platysma';
import { rectusCapitisPosteriorMajor } from './rectus-capitis-posterior-major';
import { rectusCapitisPosteriorMinor } from './rectus-capitis-posterior-minor';
import { scaleneAnterior } from './scalene-anterior';
import { scaleneMiddle } from './scalene-middle';
import { scalenePosterior } from './scalene-posterior';
import { semispinalisCapitis } from './semispinalis-capitis';
import { semispinalisCervicisMultifidi } from './semispinalis-cervicis-multifidi';
import { spleniusCapitis } from './splenius-capitis';
import { spleniusCervicis } from './splenius-cervicis';
import { sternocleidomastoidClavicular } from './sternocleidomastoid-clavicular';
import { sternocleidomastoidSternal } from './sternocleidomastoid-sternal';
import { superiorOblique } from './superior-oblique';
import { temporalis } from './temporalis';
import { upperTrapezius } from './upper-trapezius';
import { zygomaticusMajor } from './zygomaticus-major';

/** Each muscle by its id: the type asks for every id of `muscleIds` and no other. */
const catalogue: Readonly<Record<MuscleId, Muscle>> = {
  'upper-trapezius': upperTrapezius,
  'lower-trapezius': lowerTrapezius,
  'splenius-capitis': spleniusCapitis,
  'levator-scapulae': levatorScapulae,
  'splenius-cervicis': spleniusCervicis,
  'semispinalis-capitis': semispinalisCapitis,
  'semispinalis-cervicis-multifidi': semispinalisCervicisMultifidi,
  'rectus-capitis-posterior-major': rectusCapitisPosteriorMajor,
  'rectus-capitis-posterior-minor': rectusCapitisPosteriorMinor,
  'obliquus-capitis-superior': obliquusCapitisSuperior,
  'obliquus-capitis-inferior': obliquusCapitisInferior,
  'sternocleidomastoid-sternal': sternocleidomastoidSternal,
  'sternocleidomastoid-clavicular': sternocleidomastoidClavicular,
  'scalene-anterior': scaleneAnterior,
  'scalene-middle': scaleneMiddle,
  'scalene-posterior': scalenePosterior,
  platysma,
  'digastric-anterior': digastricAnterior,
  'digastric-posterior': digastricPosterior,
  'longus-colli': longusColli,
  'longus-capitis': longusCapitis,
  'masseter-superficial': masseterSuperficial,
  temporalis,
  'masseter-deep': masseterDeep,
  'lateral-pterygoid': lateralPterygoid,
  'medial-pterygoid': medialPterygoid,
  frontalis,
  occipitalis,
  'orbicularis-oculi': orbicularisOculi,
  'zygomaticus-major': zygomaticusMajor,
  buccinator,
  'superior-oblique': superiorOblique,
};

/**
 * The muscle catalogue, each muscle once, in the viewer's order (the order of `muscleIds`);
 * every muscle exists on both sides.
 */
export const muscles: readonly Muscle[] = muscleIds.map((id) => {
  const muscle = catalogue[id];
  if (muscle.id !== id) throw new Error(`Catalogue entry "${id}" holds muscle "${muscle.id}"`);
  return muscle;
});

export { muscleIds, isMuscleId, type MuscleId } from './ids';
