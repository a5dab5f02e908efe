import { Color, MeshStandardMaterial } from 'three';
import { addTissueShading, tissueDefaults } from './tissue-shading';

/**
 * The manual's colour for referred pain, the same sRGB red as the legend's swatch (hex colours
 * are converted to the renderer's linear space, so the screen shows exactly this red).
 */
export const ZONE_RED = new Color('#db0d0f');
export const PAIN_BLUE = new Color('#1f5cf2');

const vertexHead = /* glsl */ `
attribute vec2 zone;
attribute float paint;
varying vec2 vZone;
varying float vPaint;
`;

const fragmentHead = /* glsl */ `
uniform vec3 zoneRed;
uniform vec3 painBlue;
varying vec2 vZone;
varying float vPaint;
`;

/*
 * Essential zones solid, spillover hatched in screen space (so the two read apart without
 * colour, as in the trigger point manual), the patient's own pain drawing in blue beneath.
 * Weights arrive from the mapping module's zone functions, falling from 1 on a stroke's path to
 * 0.5 at its drawn border and 0 at 1.25 x its radius; the colour is full up to that border
 * (weight 0.5) and fades over the rim beyond it, with smoothstep (GLSL's built-in, the same
 * polynomial as `smoothstep` in src/mapping/vec.ts).
 */
const fragmentZone = /* glsl */ `
{
  float essential = smoothstep(0.0, 0.5, vZone.x);
  float spill = smoothstep(0.0, 0.5, vZone.y) * (1.0 - essential);
  float hatch = step(0.55, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
  float pain = smoothstep(0.05, 0.6, vPaint);
  diffuseColor.rgb = mix(diffuseColor.rgb, painBlue, pain * 0.8);
  diffuseColor.rgb = mix(diffuseColor.rgb, zoneRed, essential);
  diffuseColor.rgb = mix(diffuseColor.rgb, zoneRed, spill * hatch);
  totalEmissiveRadiance += zoneRed * 0.45 * max(essential, spill * hatch) + painBlue * 0.25 * pain;
  diffuseColor.a = max(diffuseColor.a, max(max(essential, spill * hatch), pain * 0.85));
  tissueCover = max(max(essential, spill * hatch), pain);
}
`;

/**
 * A standard lit material that also shows referral zones and pain drawings from two vertex
 * attributes: `zone` (essential, spillover weights) and `paint` (0..1), with the baked occlusion
 * (lifted under a zone) and, for skin, a soft subsurface-like glow (`skinGlow`, its brightness).
 */
export function createZoneMaterial(color: string, roughness: number, skinGlow = 0): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color, roughness, metalness: 0 });
  (material as MeshStandardMaterial & { defaultAttributeValues: object }).defaultAttributeValues = tissueDefaults;
  material.onBeforeCompile = (shader) => {
    shader.uniforms.zoneRed = { value: ZONE_RED };
    shader.uniforms.painBlue = { value: PAIN_BLUE };
    shader.vertexShader =
      vertexHead +
      shader.vertexShader.replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\n  vZone = zone;\n  vPaint = paint;',
      );
    shader.fragmentShader = fragmentHead + shader.fragmentShader;
    addTissueShading(shader, { cover: fragmentZone, skinGlow });
  };
  material.customProgramCacheKey = () => `zone-material:${skinGlow}`;
  return material;
}
