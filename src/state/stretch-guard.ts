import { useModelStatus } from './model-status';
import { modelCannotPose, noticeNoJoints } from './posable';
import { useViewer } from './store';

/**
 * Ends any stretch shown while the model cannot pose, with a notice, whatever started it: a link
 * read before the model arrived, a tour step, a message from the embedding page, or a model
 * without joints dropped while one is shown. The starters that can ask first (a tour step, a
 * message) refuse on their own; this is the one place that also covers the rest. Returns the
 * unsubscribe.
 */
export function startStretchGuard(): () => void {
  const check = () => {
    if (!useViewer.getState().stretch || !modelCannotPose()) return;
    useViewer.getState().stopStretch();
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
