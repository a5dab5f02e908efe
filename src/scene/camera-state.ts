/** Whether a camera move is under way; read by the end-to-end test hook, never rendered. */
export const cameraState = { moving: false };
