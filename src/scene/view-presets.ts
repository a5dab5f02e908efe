import { Box3, PerspectiveCamera, Sphere, Vector3, type Camera } from 'three';
import { compactScreenQuery, type ViewName } from '../display';

/** Where the camera looks from, per preset; left and right are the subject's (+X is the subject's left). */
export const viewDirections: Record<ViewName, Vector3> = {
  front: new Vector3(0, 0.08, 1).normalize(),
  left: new Vector3(1, 0.05, 0).normalize(),
  right: new Vector3(-1, 0.05, 0).normalize(),
  back: new Vector3(0, 0.08, -1).normalize(),
  // A touch of front so "up" on screen stays the face's direction.
  top: new Vector3(0, 1, 0.04).normalize(),
  // Halfway between the face and the subject's side, a little from above.
  'three-quarter-left': new Vector3(1, 0.1, 1).normalize(),
  'three-quarter-right': new Vector3(-1, 0.1, 1).normalize(),
};

export interface CameraPose {
  readonly position: Vector3;
  readonly target: Vector3;
}

/** Camera pose that frames `bounds` from a preset direction with a vertical field of view. */
export function framePose(bounds: Box3, view: ViewName, fovDeg: number, aspect: number): CameraPose {
  return framePoseFrom(bounds, viewDirections[view], fovDeg, aspect);
}

/** The same from any direction (unit, from the subject toward the camera), as the camera following a place takes. */
export function framePoseFrom(bounds: Box3, direction: Vector3, fovDeg: number, aspect: number): CameraPose {
  const sphere = bounds.getBoundingSphere(new Sphere());
  const halfFov = (fovDeg * Math.PI) / 360;
  // Narrow (portrait) screens need more distance to keep the shoulders in view.
  const fit = Math.min(Math.tan(halfFov), Math.tan(halfFov) * aspect);
  const distance = (sphere.radius / fit) * 1.0;
  const target = sphere.center.clone();
  return { target, position: target.clone().addScaledVector(direction, distance) };
}

/**
 * Camera pose, seen along `direction` (from the subject towards the camera), that fits the
 * outline of `box` as the view shows it, not its bounding sphere: far closer, so the head can
 * fill a phone's width. The box's corners are checked in perspective, the nearer ones counting
 * more, with a small margin so the skin round the bony landmarks stays in view.
 */
export function closeFramePose(box: Box3, direction: Vector3, fovDeg: number, aspect: number): CameraPose {
  const tan = Math.tan((fovDeg * Math.PI) / 360);
  const back = direction.clone().normalize();
  const right = new Vector3(0, 1, 0).cross(back).normalize();
  const up = back.clone().cross(right);
  const target = box.getCenter(new Vector3());
  const margin = 1.04;
  let distance = 0;
  for (const x of [box.min.x, box.max.x])
    for (const y of [box.min.y, box.max.y])
      for (const z of [box.min.z, box.max.z]) {
        const c = new Vector3(x, y, z).sub(target);
        const toward = c.dot(back);
        distance = Math.max(
          distance,
          toward + (margin * Math.abs(c.dot(right))) / (tan * aspect),
          toward + (margin * Math.abs(c.dot(up))) / tan,
        );
      }
  return { target, position: target.clone().addScaledVector(back, distance) };
}

/** Phones and upright tablets: the head leads, framed close (head and neck, the shoulders at the edges). */
export const compactScreen = (): boolean => window.matchMedia?.(compactScreenQuery).matches === true;

/** The camera's vertical field of view (degrees) and the canvas's aspect, what framing needs. */
export function lens(camera: Camera, size: { readonly width: number; readonly height: number }) {
  return { fov: camera instanceof PerspectiveCamera ? camera.fov : 40, aspect: size.width / Math.max(1, size.height) };
}

/**
 * A preset view on this screen: framed close on the head and neck (`head`) on a compact screen,
 * else on everything from the head to the shoulders (`bounds`).
 */
export function presetPose(view: ViewName, bounds: Box3, head: Box3, fovDeg: number, aspect: number): CameraPose {
  return compactScreen()
    ? closeFramePose(head, viewDirections[view], fovDeg, aspect)
    : framePose(bounds, view, fovDeg, aspect);
}
