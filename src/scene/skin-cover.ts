import type { SkinLayer } from '../display';
import type { ModelMaterials } from './materials';

/**
 * Under an opaque skin a posed head is drawn as its skin alone. In life nothing under the skin is
 * seen, and at rest the model's closed skin covers every bone, muscle and context part (checked
 * in `tests/e2e/opaque-skin.test.ts`). Posed, the skinning blends each vertex's bones linearly,
 * so where the real skin would stretch over a muscle or the jaw the deep parts come through it
 * (`tests/model/skin-cover.ts`): in a full turn the platysma up to 14 mm, the upper trapezius
 * 8 mm and the angle of the mandible 8 mm, seen as streaks of muscle and bone on the neck of the
 * opaque head in the turning exercise. At rest they are drawn as the layers say, so the rest-pose
 * check keeps its meaning.
 *
 * The parts are hidden by their materials, not their meshes: a ray still finds them, so a click
 * through the opaque skin picks the muscle under it, posed as at rest.
 */
export const partsUnderSkinDrawn = (skin: SkinLayer, posed: boolean): boolean => skin !== 'opaque' || !posed;

/** Draws, or stops drawing, every part of the model but the skin. */
export function drawPartsUnderSkin(materials: ModelMaterials, drawn: boolean): void {
  for (const material of materials.all) if (material !== materials.skin) material.visible = drawn;
}

/** Whether the skin is drawn opaque now (its material as the layers left it). */
export const skinDrawnOpaque = (materials: ModelMaterials, skinShown: boolean): boolean =>
  skinShown && !materials.skin.transparent;
