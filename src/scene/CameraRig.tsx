import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Box3, PerspectiveCamera, Sphere, Vector3 } from 'three';
import { onViewRequest, useViewer } from '../state';
import { compactScreenQuery, type ViewName } from '../display';
import { closeFramePose, framePose, viewDirections } from './view-presets';
import { cameraState } from './camera-state';
import { pointerMode } from './picking';

const { ACTION } = CameraControlsImpl;

/** People who asked their system for less motion get the new view at once. */
const glide = (): boolean => !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Phones and upright tablets: the head leads, framed close (head and neck, the shoulders at the edges). */
const compact = (): boolean => window.matchMedia?.(compactScreenQuery).matches === true;

/**
 * Orbit, zoom and pan by mouse and touch, and a smooth move to a preset on request. In the
 * pain-drawing mode one finger or the left button paints, so they stop orbiting.
 */
export function CameraRig({ bounds, head }: { readonly bounds: Box3; readonly head: Box3 }) {
  const ref = useRef<CameraControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const drawing = useViewer((s) => pointerMode(s) === 'draw');
  // Read when placing, not a reason to move: a window resize must not undo the user's orbit.
  const three = useThree((s) => s.get);
  // The scene draws on demand, and a move without a glide starts none: ask for the frame that shows it.
  const invalidate = useThree((s) => s.invalidate);
  const placed = useRef(false);

  useEffect(() => {
    const place = (view: ViewName) => {
      const controls = ref.current;
      if (!controls) return;
      const fov = camera instanceof PerspectiveCamera ? camera.fov : 40;
      const { width, height } = three().size;
      const aspect = width / Math.max(1, height);
      const { position: p, target: t } = compact()
        ? closeFramePose(head, viewDirections[view], fov, aspect)
        : framePose(bounds, view, fov, aspect);
      const radius = p.distanceTo(t);
      controls.minDistance = radius * 0.15;
      controls.maxDistance = radius * 4;
      // The first placement is instant; later ones glide so the eye can follow the turn.
      void controls.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, placed.current && glide());
      placed.current = true;
      invalidate();
    };
    // A new model (or camera) is framed on the view in the store; after that every move is asked for.
    place(useViewer.getState().view);
    return onViewRequest(place);
  }, [bounds, head, camera, three, invalidate]);

  // When the canvas changes shape (a phone's sheet opens, a tablet turns), keep the user's
  // direction of view but fit the subject to the new shape again.
  const sphere = useMemo(() => bounds.getBoundingSphere(new Sphere()), [bounds]);
  const firstSize = useRef(true);
  useEffect(() => {
    const controls = ref.current;
    if (!controls) return;
    if (firstSize.current) {
      firstSize.current = false;
      return;
    }
    if (compact()) {
      // The sheet moved or the tablet turned: the head fills the new shape, seen from where it was.
      const fov = camera instanceof PerspectiveCamera ? camera.fov : 40;
      const from = controls.getPosition(new Vector3()).sub(controls.getTarget(new Vector3()));
      const { position: p, target: t } = closeFramePose(head, from, fov, size.width / Math.max(1, size.height));
      void controls.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, glide());
    } else void controls.fitToSphere(sphere, glide());
    invalidate();
  }, [size.width, size.height, sphere, head, camera, invalidate]);

  useEffect(() => {
    const controls = ref.current;
    if (!controls) return;
    controls.mouseButtons.left = drawing ? ACTION.NONE : ACTION.ROTATE;
    // The left button paints, so the right one turns the head (it pans otherwise).
    controls.mouseButtons.right = drawing ? ACTION.ROTATE : ACTION.TRUCK;
    controls.touches.one = drawing ? ACTION.NONE : ACTION.TOUCH_ROTATE;
    // With one finger painting, two fingers must still be able to turn the head round.
    controls.touches.two = drawing ? ACTION.TOUCH_DOLLY_ROTATE : ACTION.TOUCH_DOLLY_TRUCK;
  }, [drawing]);

  return (
    <CameraControls
      ref={ref}
      makeDefault
      smoothTime={0.35}
      onRest={() => (cameraState.moving = false)}
      onTransitionStart={() => (cameraState.moving = true)}
    />
  );
}
