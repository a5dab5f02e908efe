import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Box3, Sphere, Vector3 } from 'three';
import type { Pose } from '../movement';
import type { Vec3 } from '../mapping';
import {
  facingDirection,
  followDirection,
  demonstrationReach,
  nextTurnDirection,
  onLookRequest,
  onTurnRequest,
  onViewRequest,
  useViewer,
} from '../state';
import type { ViewName } from '../display';
import { closeFramePose, compactScreen, framePoseFrom, lens, presetPose, type CameraPose } from './view-presets';
import { cameraState } from './camera-state';
import { pointerMode } from './picking';
import { takeEarlyRequest } from './StillCamera';

const { ACTION } = CameraControlsImpl;

/** Whether the camera has left the preset in the store (the view bar then presses none). */
const setAway = (away: boolean) => useViewer.getState().setCameraAway(away);

/** People who asked their system for less motion get the new view at once. */
const glide = (): boolean => !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** How far from the centre (in half-widths of the view) the middle of a thing may lie and count as in view. */
const ON_SCREEN = 0.8;

/**
 * Orbit, zoom and pan by mouse and touch; a smooth move to a preset on request, and a turn toward
 * a thing on the head that the view cannot show well (`onLookRequest`). In the pain-drawing mode
 * one finger or the left button paints, so they stop orbiting. This file (and camera-controls with
 * it) is a chunk fetched once the first frame is out; `StillCamera` holds the view until then.
 */
export function CameraRig({
  bounds,
  head,
  reach,
}: {
  readonly bounds: Box3;
  readonly head: Box3;
  /** The head's box over a demonstration's poses: a small screen's close framing fits the moving head. */
  readonly reach?: (poses: readonly Pose[]) => Box3;
}) {
  const ref = useRef<CameraControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const drawing = useViewer((s) => pointerMode(s) === 'draw');
  // Read when placing, not a reason to move: a window resize must not undo the user's orbit.
  const three = useThree((s) => s.get);
  // The scene draws on demand, and a move without a glide starts none: ask for the frame that shows it.
  const invalidate = useThree((s) => s.invalidate);
  const placed = useRef(false);
  /**
   * With frameloop "demand" the clock runs on between frames, so the first frame after an idle
   * spell gets the whole spell as its time step, and a glide asked for then ended in that one
   * frame. Reading the clock when a move starts makes the next step the time since.
   */
  const freshClock = useMemo(() => () => void three().clock.getDelta(), [three]);

  useEffect(() => {
    const moveTo = (pose: CameraPose) => {
      const controls = ref.current;
      if (!controls) return;
      const { position: p, target: t } = pose;
      const radius = p.distanceTo(t);
      controls.minDistance = radius * 0.15;
      controls.maxDistance = radius * 4;
      freshClock();
      // The first placement is instant; later ones glide so the eye can follow the turn.
      void controls.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, placed.current && glide());
      placed.current = true;
      invalidate();
    };
    const shape = () => lens(camera, three().size);
    // Read when placing: a demonstration started or ended is no reason to move the camera.
    const headNow = () => reach?.(demonstrationReach(useViewer.getState())) ?? head;
    const place = (view: ViewName) => {
      setAway(false);
      const { fov, aspect } = shape();
      moveTo(presetPose(view, bounds, headNow(), fov, aspect));
    };
    /** Whether the points' middle is on screen, well inside its edges (the user may have zoomed or panned). */
    const middleOnScreen = (points: readonly Vec3[]) => {
      const m = new Vector3();
      for (const p of points) m.add(new Vector3(p[0], p[1], p[2]));
      m.divideScalar(points.length).project(camera);
      return m.z < 1 && Math.abs(m.x) <= ON_SCREEN && Math.abs(m.y) <= ON_SCREEN;
    };
    /** Unit vector from the orbit's centre toward the camera, or null before the controls exist. */
    const lookingFrom = (): Vec3 | null => {
      const controls = ref.current;
      if (!controls) return null;
      const from = camera.position.clone().sub(controls.getTarget(new Vector3())).normalize();
      return [from.x, from.y, from.z];
    };
    const turnTo = (direction: Vec3) => {
      setAway(true);
      const { fov, aspect } = shape();
      const from = new Vector3(...direction);
      moveTo(compactScreen() ? closeFramePose(headNow(), from, fov, aspect) : framePoseFrom(bounds, from, fov, aspect));
    };
    const look = (points: readonly Vec3[]) => {
      const from = lookingFrom();
      if (!from) return;
      const turn = followDirection(points, from) ?? (middleOnScreen(points) ? null : facingDirection(points));
      if (turn) turnTo(turn);
    };
    const turnHead = () => {
      const from = lookingFrom();
      if (from) turnTo(nextTurnDirection(from));
    };
    // A new model (or camera) is framed on the view in the store; after that every move is asked for.
    place(useViewer.getState().view);
    cameraState.rigReady = true;
    // A look or a turn asked for while the still camera held the view is done now.
    const early = takeEarlyRequest();
    if (early?.kind === 'look') look(early.points);
    else if (early?.kind === 'turn') turnHead();
    const stopViews = onViewRequest(place);
    const stopLooks = onLookRequest(look);
    const stopTurns = onTurnRequest(turnHead);
    return () => {
      stopViews();
      stopLooks();
      stopTurns();
    };
  }, [bounds, head, reach, camera, three, invalidate, freshClock]);

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
    freshClock();
    if (compactScreen()) {
      // The sheet moved or the tablet turned: the head fills the new shape, seen from where it was.
      const { fov, aspect } = lens(camera, three().size);
      const from = controls.getPosition(new Vector3()).sub(controls.getTarget(new Vector3()));
      const { position: p, target: t } = closeFramePose(head, from, fov, aspect);
      void controls.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, glide());
    } else void controls.fitToSphere(sphere, glide());
    invalidate();
  }, [size.width, size.height, sphere, head, camera, three, invalidate, freshClock]);

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
      // A drag after an idle spell starts from a fresh clock too (see `freshClock`).
      onControlStart={freshClock}
      // The user turned, zoomed or panned: the view bar no longer claims a preset.
      onControl={() => setAway(true)}
      onRest={() => (cameraState.moving = false)}
      onTransitionStart={() => (cameraState.moving = true)}
    />
  );
}
