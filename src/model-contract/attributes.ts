/**
 * Per-vertex data the generated model carries beyond position and normal, by glTF attribute name.
 * The generator writes them, the viewer draws fibres, tendons and shading from them, and the model
 * tests measure them. A clinic's own model may leave any of them out: the viewer then draws plain
 * surfaces (no striation, no tendon tone, no baked shading), never fails.
 */
export const vertexAttributes = {
  /**
   * Muscles: the local fibre direction, a unit vector pointing from origin toward insertion (xyz),
   * w = 1. The striation runs along it and the fibre-direction checks read it.
   */
  fibreDirection: 'TANGENT',
  /**
   * Muscles: u runs across the fibres (0 at one border, 1 at the other), v along them (0 at the
   * origin, 1 at the insertion), so a texture or stripe in u draws fibres.
   */
  fibreCoordinates: 'TEXCOORD_0',
  /**
   * Muscles: x is 1 on tendon or aponeurosis, 0 on the fleshy belly, blending across the
   * musculotendinous junction; y is unused (0).
   */
  tendon: 'TEXCOORD_1',
  /** Every mesh: baked ambient occlusion as a grey (1 open to the light, 0 fully enclosed). */
  ambientOcclusion: 'COLOR_0',
} as const;

export type VertexAttribute = (typeof vertexAttributes)[keyof typeof vertexAttributes];
