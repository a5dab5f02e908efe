import type { WebGLProgramParametersWithUniforms } from 'three';

/**
 * Shading every tissue material shares, from the optional per-vertex data of
 * src/model-contract/attributes.ts. three's glTF loader names them `color` (COLOR_0), `uv`
 * (TEXCOORD_0), `uv1` (TEXCOORD_1) and `tangent` (TANGENT); `prepare-model` gives each mesh the ones it
 * has again under the names below, so three's own defines stay untouched. A mesh without them
 * reads the material's constant defaults (`tissueDefaults`): no occlusion, no fibres, no tendon.
 */
export const tissueAttributes = {
  occlusion: 'occlusion',
  fibreUv: 'fibreUv',
  fibreTangent: 'fibreTangent',
  tendon: 'tendonUv',
} as const;

/** Constant values WebGL feeds a shader for an attribute the mesh lacks (three's defaultAttributeValues). */
export const tissueDefaults: Record<string, number[]> = {
  [tissueAttributes.occlusion]: [1, 1, 1],
  [tissueAttributes.fibreUv]: [0, 0],
  [tissueAttributes.fibreTangent]: [0, 0, 0, 0],
  [tissueAttributes.tendon]: [0, 0],
};

const vertexHead = /* glsl */ `
attribute vec3 occlusion;
varying float vOcclusion;
#ifdef FIBRES
attribute vec2 fibreUv;
attribute vec4 fibreTangent;
attribute vec2 tendonUv;
varying vec2 vFibreUv;
varying vec3 vFibreDir;
varying float vTendon;
#endif
`;

const vertexBody = /* glsl */ `
  vOcclusion = occlusion.r;
#ifdef FIBRES
  vFibreUv = fibreUv;
  // A direction on the surface moves with the model matrix (not the normal matrix), and when
  // posed with the joints: by three's blended skinning matrix, made for the normal before this.
  vec3 fibreDir = fibreTangent.xyz;
#ifdef USE_SKINNING
  fibreDir = mat3(skinMatrix) * fibreDir;
#endif
  vFibreDir = fibreTangent.w != 0.0 ? mat3(modelViewMatrix) * fibreDir : vec3(0.0);
  vTendon = tendonUv.x;
#endif
`;

const fragmentHead = /* glsl */ `
varying float vOcclusion;
#ifdef FIBRES
varying vec2 vFibreUv;
varying vec3 vFibreDir;
varying float vTendon;
#endif
`;

/**
 * Fibre striation as a normal perturbation: ridges along the fibre direction, FIBRE_COUNT across
 * the muscle's width (u from 0 to 1), faded out where a ridge would be narrower than about two
 * pixels (no shimmer when zoomed out) and on tendon, which is paler, smoother and glossier.
 */
const fibreColour = /* glsl */ `
#ifdef FIBRES
  float fibrePhase = vFibreUv.x * FIBRE_COUNT * 6.2831853;
  float fibreFade = 1.0 - smoothstep(0.2, 0.5, fwidth(vFibreUv.x * FIBRE_COUNT));
  // A mesh node may be scaled (quantisation): any non-zero direction counts, zero means none.
  fibreFade *= step(1e-12, dot(vFibreDir, vFibreDir));
  float tendon = clamp(vTendon, 0.0, 1.0);
  fibreFade *= 1.0 - 0.75 * tendon;
  diffuseColor.rgb *= 1.0 - 0.07 * fibreFade * (0.5 - 0.5 * cos(fibrePhase));
  diffuseColor.rgb = mix(diffuseColor.rgb, TENDON_COLOUR, tendon * 0.85);
#endif
`;

const fibreRoughness = /* glsl */ `
#ifdef FIBRES
  roughnessFactor = mix(roughnessFactor, 0.35, tendon);
#endif
`;

const fibreNormal = /* glsl */ `
#ifdef FIBRES
  if (fibreFade > 0.0) {
    vec3 fibreT = normalize(vFibreDir - normal * dot(normal, vFibreDir));
    vec3 fibreAcross = cross(normal, fibreT);
    normal = normalize(normal + fibreAcross * sin(fibrePhase) * 0.18 * fibreFade);
  }
#endif
`;

/**
 * Baked occlusion darkens the light that comes from all round (environment, sky) fully and the
 * key light by half, so creases read without turning the lit side grey; `tissueCover` (0..1)
 * lifts it where a zone is painted, so the zone's red stays as bright as without it.
 */
const occlusionApply = /* glsl */ `
  float bakedAo = mix(clamp(vOcclusion, 0.0, 1.0), 1.0, tissueCover);
  reflectedLight.indirectDiffuse *= bakedAo;
  reflectedLight.indirectSpecular *= bakedAo;
  reflectedLight.directDiffuse *= mix(1.0, bakedAo, 0.5);
`;

/**
 * A soft, subsurface-like look for skin, without a second pass: light wraps a little past the
 * terminator and a warm glow rises toward the silhouette, where light scattered in the skin
 * leaves it. Both fade under a zone.
 */
const skinGlow = /* glsl */ `
#ifdef SKIN_GLOW
  {
    float facing = clamp(dot(normalize(normal), normalize(vViewPosition)), 0.0, 1.0);
    float rim = pow(1.0 - facing, 2.5);
    totalEmissiveRadiance += SKIN_GLOW * diffuseColor.rgb * (0.06 + 0.22 * rim) * (1.0 - tissueCover);
  }
#endif
`;

export interface TissueOptions {
  /** Draw fibres and tendon from fibreUv, fibreTangent and tendonUv. */
  readonly fibres?: boolean;
  /** Skin's soft glow, this bright. */
  readonly skinGlow?: number;
  /** GLSL that sets `tissueCover` (0..1), run after the zone colour is mixed in; default none. */
  readonly cover?: string;
}

/** Rewrites a standard material's shader source to add the shared tissue shading. */
export function addTissueShading(shader: WebGLProgramParametersWithUniforms, options: TissueOptions): void {
  const defines = [
    options.fibres ? '#define FIBRES\n#define FIBRE_COUNT 46.0\n#define TENDON_COLOUR vec3(0.78, 0.72, 0.62)\n' : '',
    options.skinGlow ? `#define SKIN_GLOW vec3(${options.skinGlow.toFixed(3)})\n` : '',
  ].join('');
  shader.vertexShader =
    defines +
    vertexHead +
    shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${vertexBody}`);
  shader.fragmentShader = (defines + fragmentHead + shader.fragmentShader)
    .replace('void main() {', 'void main() {\n  float tissueCover = 0.0;')
    .replace('#include <color_fragment>', `#include <color_fragment>\n${fibreColour}`)
    .replace('#include <roughnessmap_fragment>', `#include <roughnessmap_fragment>\n${fibreRoughness}`)
    .replace('#include <normal_fragment_maps>', `#include <normal_fragment_maps>\n${fibreNormal}`)
    .replace('#include <emissivemap_fragment>', `#include <emissivemap_fragment>\n${options.cover ?? ''}`)
    .replace('#include <aomap_fragment>', `#include <aomap_fragment>\n${occlusionApply}${skinGlow}`);
}
