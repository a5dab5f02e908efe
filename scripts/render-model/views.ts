/** Camera set-ups for the screenshots, model space (metres, +X left, +Y up, +Z anterior). */
export interface View {
  readonly camera: readonly [number, number, number];
  readonly target: readonly [number, number, number];
  readonly fov: number;
}

export const VIEWS = {
  front: { camera: [0, 0.0, 1.0], target: [0, -0.04, 0], fov: 30 },
  left: { camera: [1.0, 0.0, 0.02], target: [0, -0.04, 0], fov: 30 },
  right: { camera: [-1.0, 0.0, 0.02], target: [0, -0.04, 0], fov: 30 },
  /** From above, a touch in front so the face stays up on screen (as the viewer's preset). */
  top: { camera: [0, 1.0, 0.04], target: [0, -0.04, 0], fov: 30 },
  back: { camera: [0, 0.02, -1.0], target: [0, -0.04, 0], fov: 30 },
  'three-quarter': { camera: [0.7, 0.1, 0.7], target: [0, -0.04, 0], fov: 30 },
  'below-behind': { camera: [0.16, -0.3, -0.42], target: [0, -0.03, -0.05], fov: 30 },
  face: { camera: [0.25, 0.05, 0.55], target: [0.02, -0.02, 0.05], fov: 30 },
  neck: { camera: [0.45, -0.08, -0.12], target: [0.03, -0.09, -0.02], fov: 28 },
  eye: { camera: [0.12, 0.03, 0.4], target: [0.03, 0.015, 0.08], fov: 20 },
  /**
   * The left orbit from above, its roof cut away with `cut=0.01`: the superior oblique's belly on
   * the medial wall, its tendon through the trochlea and back over the eyeball.
   */
  'orbit-top': { camera: [0.03, 0.2, 0.09], target: [0.025, 0.02, 0.06], fov: 14 },
  mastoid: { camera: [0.3, -0.02, -0.2], target: [0.05, -0.03, -0.03], fov: 24 },
  /** The face square on and in profile, as a patient would judge it. */
  portrait: { camera: [0, 0.0, 0.5], target: [0, -0.02, 0.06], fov: 30 },
  profile: { camera: [0.5, 0.0, 0.08], target: [0, -0.02, 0.06], fov: 30 },
  throat: { camera: [0.34, -0.1, 0.36], target: [0.02, -0.1, 0.02], fov: 28 },
  jaw: { camera: [0.4, -0.03, 0.1], target: [0.04, -0.03, 0.03], fov: 22 },
  /** The whole temporal fossa and the ramus, from the side. */
  temple: { camera: [0.45, 0.03, 0.06], target: [0.04, 0.0, 0.01], fov: 30 },
  /** The side of the neck from the mastoid to the first rib (scalenes, levator). */
  'lateral-neck': { camera: [0.42, -0.1, 0.04], target: [0.03, -0.1, -0.03], fov: 30 },
  /** Into the infratemporal fossa from the side and a little below, for the pterygoids (with a cut). */
  infratemporal: { camera: [0.4, -0.08, 0.08], target: [0.03, -0.03, 0.01], fov: 22 },
  /** The scalp from the side and above, frontalis to occipitalis. */
  scalp: { camera: [0.55, 0.2, -0.02], target: [0, 0.04, -0.01], fov: 30 },
  /** The front of the neck, chin to jugular notch, square on and a little from below. */
  'neck-front': { camera: [0, -0.16, 0.45], target: [0, -0.1, 0.0], fov: 28 },
} as const satisfies Record<string, View>;

export type ViewName = keyof typeof VIEWS;
