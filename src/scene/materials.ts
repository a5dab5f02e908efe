import { MeshStandardMaterial, type Material } from 'three';
import type { SkinLayer } from '../display';
import { createZoneMaterial } from './zone-material';

/** The few materials one model needs; shared by every mesh so a frame stays cheap. */
export interface ModelMaterials {
  readonly skin: MeshStandardMaterial;
  readonly bone: MeshStandardMaterial;
  readonly muscle: MeshStandardMaterial;
  /** For muscles whose vertex colours carry fibre direction and pale tendons. */
  readonly muscleStriped: MeshStandardMaterial;
  /** The selected muscle: a warm gold that cannot be mistaken for the red of a zone. */
  readonly selectedMuscle: MeshStandardMaterial;
  /** Under the pointer: lighter, so the name beside the pointer has a shape to belong to. */
  readonly hoveredMuscle: MeshStandardMaterial;
  readonly all: readonly Material[];
}

export function createMaterials(): ModelMaterials {
  const skin = createZoneMaterial('#e6c3a8');
  const bone = createZoneMaterial('#e9e2cf');
  const muscle = new MeshStandardMaterial({ color: '#b0695c', roughness: 0.6 });
  const muscleStriped = new MeshStandardMaterial({ color: '#ffffff', vertexColors: true, roughness: 0.55 });
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
  return {
    skin,
    bone,
    muscle,
    muscleStriped,
    selectedMuscle,
    hoveredMuscle,
    all: [skin, bone, muscle, muscleStriped, selectedMuscle, hoveredMuscle],
  };
}

/** Ghosted skin is see-through and writes no depth, so the muscles beneath stay visible. */
export function applySkinLayer(skin: MeshStandardMaterial, layer: SkinLayer): void {
  const ghosted = layer === 'ghosted';
  if (skin.transparent !== ghosted) skin.needsUpdate = true;
  skin.transparent = ghosted;
  skin.opacity = ghosted ? 0.22 : 1;
  skin.depthWrite = !ghosted;
}
