import { attachments } from '../../../src/mapping/attachments';
import { contact, outside, penetration, type Contact, type Penetration } from './contacts';
import { fibreAgreement } from './fibres';
import { sampleVertices } from './mesh';
import type { MeasureScene, MuscleNode } from './model';
import { referenceFibres } from './path';
import { strapSections, type Section } from './sections';
import { muscleRim, surfaceQuality, type SurfaceQuality } from './surface';
import { declaredFusions, limits } from './targets';
import { tendonShare } from './tendon';
import { bellyThickness, unionThickness } from './thickness';
import { MM3_PER_CM3, sampledVolume, signedVolume } from './volume';

/** Everything measured on one muscle node, in the units of the targets. */
export interface MuscleFigures {
  readonly muscle: MuscleNode;
  readonly volumeCm3: number;
  readonly sampledCm3: number;
  /** |signed| / sampled volume (check 4). */
  readonly foldRatio: number;
  /** Own belly thickness, mm (90th percentile, middle third). */
  readonly thicknessMm: number;
  /** Sections at 20 %, 30 % ... 80 % of the path (null: the plane missed); empty for a ring. */
  readonly sections: readonly (Section | null)[];
  readonly intoMuscle: Penetration;
  readonly intoBone: Penetration;
  readonly outsideSkin: { readonly count: number; readonly maxDistance: number; readonly sampled: number };
  readonly contact: Contact;
  /** Share of sampled vertices whose fibre lies within 15 degrees of the local course; null without fibres. */
  readonly fibreShare: number | null;
  readonly tendonShare: number | null;
  readonly surface: SurfaceQuality;
}

/** Sampled vertices per muscle for the pairwise tests; more against the skin, one tree only. */
const SAMPLES = 400;
const SKIN_SAMPLES = 1500;

const fused = (a: MuscleNode, b: MuscleNode): boolean =>
  a.side === b.side && declaredFusions.some(([x, y]) => (a.id === x && b.id === y) || (a.id === y && b.id === x));

export function measureMuscle(scene: MeasureScene, m: MuscleNode): MuscleFigures {
  const space = scene.spatial(m.mesh);
  const path = scene.path(m);
  const signed = signedVolume(m.mesh);
  const sampled = sampledVolume(space);
  const samples = sampleVertices(m.mesh, SAMPLES);
  const otherMuscles = scene.muscles.filter((o) => o !== m);
  const contextMuscleTrees = scene.contextMuscles.map((o) => scene.spatial(o));
  const muscleTrees = [
    ...otherMuscles.filter((o) => !fused(m, o)).map((o) => scene.spatial(o.mesh)),
    ...contextMuscleTrees,
  ];
  const boneTrees = scene.bones.map((b) => scene.spatial(b));
  const neighbours = [...boneTrees, ...otherMuscles.map((o) => scene.spatial(o.mesh)), ...contextMuscleTrees];
  const everything = [
    ...neighbours,
    ...scene.others.map((o) => scene.spatial(o)),
    ...(scene.skin ? [scene.spatial(scene.skin)] : []),
  ];
  const skinSamples = sampleVertices(m.mesh, SKIN_SAMPLES);
  const att = attachments[m.id];
  return {
    muscle: m,
    volumeCm3: signed / MM3_PER_CM3,
    sampledCm3: sampled / MM3_PER_CM3,
    foldRatio: sampled > 0 ? Math.abs(signed) / sampled : 0,
    thicknessMm: path ? bellyThickness(m.mesh, space, path) : ringThickness(scene, m),
    sections: path ? strapSections(m.mesh, path) : [],
    intoMuscle: penetration(m.mesh, samples, muscleTrees),
    intoBone: penetration(m.mesh, samples, boneTrees),
    outsideSkin: scene.skin
      ? { ...outside(m.mesh, skinSamples, scene.spatial(scene.skin)), sampled: skinSamples.length }
      : { count: skinSamples.length, maxDistance: Infinity, sampled: skinSamples.length },
    contact: contact(m.mesh, samples, neighbours, everything, limits.contactNearMm, limits.contactFarMm),
    fibreShare:
      att.form === 'ring' ? null : fibreAgreement(m.mesh, samples, referenceFibres(att, m.side), limits.fibreWithinDeg),
    tendonShare: tendonShare(m.mesh),
    surface: surfaceQuality(m.mesh, muscleRim(m.mesh, path), limits.bendDeg),
  };
}

/** A ring has no single course: its thickness is taken over all its vertices. */
const ringThickness = (scene: MeasureScene, m: MuscleNode): number =>
  unionThickness([{ mesh: m.mesh, space: scene.spatial(m.mesh), path: null }]);
