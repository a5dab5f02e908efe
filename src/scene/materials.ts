import { MeshStandardMaterial, type Material } from 'three';
import type { SkinLayer } from '../display';
import { addTissueShading, tissueDefaults, type TissueOptions } from './tissue-shading';
import { createZoneMaterial } from './zone-material';

/** The few materials one model needs; shared by every mesh so a frame stays cheap. */
export interface ModelMaterials {
  readonly skin: MeshStandardMaterial;
  readonly bone: MeshStandardMaterial;
  /** Muscle red with baked occlusion; fibres and pale tendon where the mesh carries them. */
  readonly muscle: MeshStandardMaterial;
  /** The selected muscle: a warm gold that cannot be mistaken for the red of a zone. */
  readonly selectedMuscle: MeshStandardMaterial;
  /** Under the pointer: lighter, so the name beside the pointer has a shape to belong to. */
  readonly hoveredMuscle: MeshStandardMaterial;
  /** Context (larynx, eyes, muscles without trigger points): a neutral grey, neither muscle nor bone. */
  readonly context: MeshStandardMaterial;
  readonly hoveredContext: MeshStandardMaterial;
  /**
   * The posture view's muscles: those forward head posture shortens a dark blue, those it
   * lengthens a pale cyan, far apart in lightness from each other and from the muscle red, so they
   * part in greyscale and for any colour vision (the legend also names and marks them).
   */
  readonly shortenedMuscle: MeshStandardMaterial;
  readonly lengthenedMuscle: MeshStandardMaterial;
  readonly all: readonly Material[];
}

/** A standard material with the shared tissue shading (occlusion, and fibres if asked). */
function tissue(parameters: ConstructorParameters<typeof MeshStandardMaterial>[0], options: TissueOptions = {}) {
  const material = new MeshStandardMaterial({ metalness: 0, ...parameters });
  (material as MeshStandardMaterial & { defaultAttributeValues: object }).defaultAttributeValues = tissueDefaults;
  material.onBeforeCompile = (shader) => addTissueShading(shader, options);
  material.customProgramCacheKey = () => `tissue:${options.fibres ? 'fibres' : 'plain'}`;
  return material;
}

export function createMaterials(): ModelMaterials {
  const skin = createZoneMaterial('#e6c3a8', 0.55, 0.5);
  const bone = createZoneMaterial('#e9e2cf', 0.6);
  const muscle = tissue({ color: '#b0574a', roughness: 0.5 }, { fibres: true });
  // A little see-through: a muscle often lies over its own referral zone (temporalis, masseter).
  const selectedMuscle = new MeshStandardMaterial({
    color: '#ffc933',
    emissive: '#7a5200',
    roughness: 0.45,
    transparent: true,
    opacity: 0.7,
    depthWrite: false,
  });
  const hoveredMuscle = new MeshStandardMaterial({ color: '#f0b4a6', emissive: '#3a1a14', roughness: 0.5 });
  const context = tissue({ color: '#a4a9ae', roughness: 0.6 });
  const hoveredContext = tissue({ color: '#c9d2da', emissive: '#1c2630', roughness: 0.6 });
  // The muscle's own program (fibres and all): a posture view compiles nothing.
  const shortenedMuscle = tissue({ color: '#1e3a80', emissive: '#0a1430', roughness: 0.5 }, { fibres: true });
  const lengthenedMuscle = tissue({ color: '#a8e6ef', emissive: '#10282c', roughness: 0.5 }, { fibres: true });
  const made = {
    skin,
    bone,
    muscle,
    selectedMuscle,
    hoveredMuscle,
    context,
    hoveredContext,
    shortenedMuscle,
    lengthenedMuscle,
  };
  return { ...made, all: Object.values(made) };
}

/** Ghosted skin is see-through and writes no depth, so the muscles beneath stay visible. */
export function applySkinLayer(skin: MeshStandardMaterial, layer: SkinLayer): void {
  const ghosted = layer === 'ghosted';
  if (skin.transparent !== ghosted) skin.needsUpdate = true;
  skin.transparent = ghosted;
  skin.opacity = ghosted ? 0.22 : 1;
  skin.depthWrite = !ghosted;
}
