import { useModelStatus } from './model-status';
import type { Notice } from './notice';
import type { NoticesActions, NoticesState } from './slices/notices';

/** Said when a stretch is asked for on a model that cannot take a pose. */
export const NO_JOINTS_NOTICE: Notice = { key: 'messages:stretch.noJoints' };

/**
 * Whether the model on screen is known to have no skeleton (a clinic's model without `joint:`
 * nodes, models/README.md): a stretch shown on it would be a head that never moves. While a model
 * loads the answer is no: a link's stretch waits for the model, and `startPoseGuard` ends it
 * then if the model cannot pose.
 */
export function modelCannotPose(): boolean {
  const status = useModelStatus.getState();
  return status.phase === 'ready' && !status.posable;
}

/** Tells the user why no stretch is shown, once: a notice already on screen is not repeated. */
export function noticeNoJoints(viewer: NoticesState & NoticesActions): void {
  if (!viewer.notices.some((n) => n.key === NO_JOINTS_NOTICE.key)) viewer.addNotice(NO_JOINTS_NOTICE);
}
