import type { Muscle } from '../types';
import { buccinator } from './buccinator';
import { digastricAnterior } from './digastric-anterior';
import { digastricPosterior } from './digastric-posterior';
import { frontalis } from './frontalis';
import { lateralPterygoid } from './lateral-pterygoid';
import { levatorScapulae } from './levator-scapulae';
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
import { temporalis } from './temporalis';
import { upperTrapezius } from './upper-trapezius';
import { zygomaticusMajor } from './zygomaticus-major';

/**
 * The muscle catalogue, each muscle once; every muscle exists on both sides. Order is the
 * order of the lists in the viewer: group by group, superficial layers first.
 */
export const muscles: readonly Muscle[] = [
  // Posterior neck
  upperTrapezius,
  spleniusCapitis,
  levatorScapulae,
  spleniusCervicis,
  semispinalisCapitis,
  semispinalisCervicisMultifidi,
  // Suboccipital
  rectusCapitisPosteriorMajor,
  rectusCapitisPosteriorMinor,
  obliquusCapitisSuperior,
  obliquusCapitisInferior,
  // Lateral neck
  sternocleidomastoidSternal,
  sternocleidomastoidClavicular,
  scaleneAnterior,
  scaleneMiddle,
  scalenePosterior,
  // Anterior neck
  platysma,
  digastricAnterior,
  digastricPosterior,
  // Jaw
  masseterSuperficial,
  temporalis,
  masseterDeep,
  lateralPterygoid,
  medialPterygoid,
  // Scalp and face
  frontalis,
  occipitalis,
  orbicularisOculi,
  zygomaticusMajor,
  buccinator,
];
