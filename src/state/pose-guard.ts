import { useModelStatus } from './model-status';
import { modelCannotPose, noticeNoJoints } from './posable';
import { useViewer } from './store';

/**
 * Ends any stretch, exercise or posture view shown while the model cannot pose, with a notice,
 * whatever started it: a link read before the model arrived, a tour step, a message from the
 * embedding page, or a model without joints dropped while one is shown. The starters that can ask
 * first (a tour step, a message, the panels) refuse on their own; this is the one place that also
 * covers the rest. Returns the unsubscribe.
 */
export function startPoseGuard(): () => void {
  const check = () => {
    const viewer = useViewer.getState();
    if (!(viewer.stretch || viewer.exercise || viewer.posture) || !modelCannotPose()) return;
    if (viewer.stretch) viewer.stopStretch();
    if (viewer.exercise) viewer.stopExercise();
    if (viewer.posture) viewer.closePosture();
    noticeNoJoints(useViewer.getState());
  };
  const offViewer = useViewer.subscribe(check);
  const offModel = useModelStatus.subscribe(check);
  check();
  return () => {
    offViewer();
    offModel();
  };
}
