import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import type { Box3 } from 'three';
import type { ViewName } from '../display';
import type { Vec3 } from '../mapping';
import { onLookRequest, onTurnRequest, onViewRequest, useViewer } from '../state';
import { lens, presetPose } from './view-presets';

/** A camera move asked for before the orbit controls were there, for `CameraRig` to make on arrival. */
type EarlyRequest = { readonly kind: 'look'; readonly points: readonly Vec3[] } | { readonly kind: 'turn' };

let early: EarlyRequest | null = null;

/** The look or turn last asked for while the still camera held the view (once), or null. */
export function takeEarlyRequest(): EarlyRequest | null {
  const request = early;
  early = null;
  return request;
}

/**
 * The camera until the orbit controls arrive. `CameraRig` and camera-controls are a chunk fetched
 * once the first frame with the model is out (`HeadScene`), so they are not among the scripts
 * that frame waits for. Meanwhile this places the camera on the view in the store exactly as the
 * rig's first placement does (the first frame shows the same picture), follows a preset asked for
 * at once, and keeps a look or a turn for the rig, which makes it when it comes. If the chunk
 * cannot be fetched at all (the connection dropped before the offline copy was made), the view
 * buttons still work through this; only orbiting by hand is missing.
 */
export function StillCamera({ bounds, head }: { readonly bounds: Box3; readonly head: Box3 }) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  // A layout effect: the camera is in place before the frame that first draws the model.
  useLayoutEffect(() => {
    const place = (view: ViewName) => {
      useViewer.getState().setCameraAway(false);
      const { fov, aspect } = lens(camera, size);
      const { position, target } = presetPose(view, bounds, head, fov, aspect);
      camera.position.copy(position);
      camera.lookAt(target);
      camera.updateMatrixWorld();
      invalidate();
    };
    place(useViewer.getState().view);
    const stopViews = onViewRequest((view) => {
      early = null; // the later request wins, as it would with the rig
      place(view);
    });
    const stopLooks = onLookRequest((points) => (early = { kind: 'look', points }));
    const stopTurns = onTurnRequest(() => (early = { kind: 'turn' }));
    return () => {
      stopViews();
      stopLooks();
      stopTurns();
    };
  }, [bounds, head, camera, size, invalidate]);
  return null;
}
