import type { ViewName } from '../display';
import type { Pose } from '../movement';

/**
 * A picture of the 3D view as a PNG data URL, for the handout and "Save image". The canvas
 * registers the capture while it is mounted; this module holds no three.js, so the panels can
 * ask for a picture without loading the 3D code. It sits in src/state, the layer both the canvas
 * and the panels already import, so src/ui never imports src/scene.
 */
export interface SnapshotRequest {
  /** A preset view, framed as the view buttons frame it; left out: the camera as it is now. */
  readonly view?: ViewName;
  /** Size in CSS pixels; left out: the canvas's own size. */
  readonly width?: number;
  readonly height?: number;
  /** Device pixels per CSS pixel; print wants about 2 whatever the screen. */
  readonly pixelRatio?: number;
  /** With `view`: how much closer than the view buttons frame it (2 = half the distance). */
  readonly zoom?: number;
  /** A CSS colour behind the model instead of the viewer's dark one: print wants one that costs no ink. */
  readonly background?: string;
  /**
   * The head in this pose for this picture only (a stretch's start and end for the handout), drawn
   * without the markers, which stay where the view shows them; the view is put back as it was
   * before the picture returns. Left out: the head as the view shows it. A model that cannot pose
   * draws it at rest.
   */
  readonly pose?: Pose;
}

type Capture = (request: SnapshotRequest) => string;

let capture: Capture | null = null;

export function registerCapture(c: Capture | null): void {
  capture = c;
}

/** The picture, or null while there is no 3D view (no WebGL, model not loaded). */
export function captureView(request: SnapshotRequest = {}): string | null {
  return capture ? capture(request) : null;
}
