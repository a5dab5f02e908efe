import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Color, PerspectiveCamera, type Box3 } from 'three';
import { useViewer } from '../state';
import { registerCapture } from '../state/snapshot';
import { drawInPose } from './posed-capture';
import type { PreparedModel } from './prepare-model';
import { shownTransforms } from './usePose';
import { framePose } from './view-presets';

/**
 * Registers the capture for `captureView`. It draws the scene once with its own camera (so the
 * user's view is not disturbed) and reads the canvas in the same task: the drawing buffer is
 * only cleared after the browser composites, so no `preserveDrawingBuffer` (and its cost on
 * every frame) is needed. The canvas is then drawn again as it was. A picture in a pose of its own
 * (`request.pose`) poses the head for that one drawing and puts it back (`posed-capture.ts`).
 */
export function Snapshots({ bounds, model }: { readonly bounds: Box3; readonly model: PreparedModel }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    registerCapture(
      ({ view, width = size.width, height = size.height, pixelRatio, zoom = 1, background, pose: headPose }) => {
        const shot = camera instanceof PerspectiveCamera ? camera.clone() : new PerspectiveCamera(35);
        if (view) {
          const pose = framePose(bounds, view, shot.fov, width / height);
          shot.position.lerpVectors(pose.target, pose.position, 1 / zoom);
          shot.up.set(0, 1, 0);
          shot.lookAt(pose.target);
        }
        shot.aspect = width / height;
        shot.updateProjectionMatrix();
        const ratio = gl.getPixelRatio();
        const resize =
          width !== size.width || height !== size.height || (pixelRatio !== undefined && pixelRatio !== ratio);
        if (resize) {
          gl.setPixelRatio(pixelRatio ?? ratio);
          gl.setSize(width, height, false);
        }
        const viewerBackground = scene.background;
        if (background) scene.background = new Color(background);
        const draw = () => {
          gl.render(scene, shot);
          return gl.domElement.toDataURL('image/png');
        };
        const live = () => shownTransforms(useViewer.getState());
        const url = headPose ? drawInPose(scene, model, headPose, live(), draw) : draw();
        scene.background = viewerBackground;
        if (resize) {
          gl.setPixelRatio(ratio);
          gl.setSize(size.width, size.height, false);
        }
        invalidate();
        return url;
      },
    );
    return () => registerCapture(null);
  }, [gl, scene, camera, size, bounds, model, invalidate]);
  return null;
}
