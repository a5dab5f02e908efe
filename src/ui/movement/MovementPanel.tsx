import { ExerciseList } from './ExerciseList';
import { PostureView } from './PostureView';

/** The *Posture* tool tab: the posture view, then the exercises that go with it. */
export function MovementPanel() {
  return (
    <div className="movement-panel">
      <PostureView />
      <ExerciseList />
    </div>
  );
}
