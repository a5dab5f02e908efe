/**
 * Whether a camera move is under way, and whether the orbit controls (`CameraRig`, fetched after
 * the first frame) have arrived; read by the end-to-end test hook, never rendered.
 */
export const cameraState = { moving: false, rigReady: false };
