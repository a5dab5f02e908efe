import { useTranslation } from 'react-i18next';
import { newSeed } from '../../quiz/seed';
import { useViewer } from '../../state';

/** Starts a quiz with a fresh seed (ending a tour); the seed then shows in the quiz panel and the link. */
export function QuizButton() {
  const { t } = useTranslation('ui');
  const on = useViewer((s) => s.quiz !== null);
  const start = () => {
    const viewer = useViewer.getState();
    viewer.endTour();
    viewer.setQuiz(newSeed());
  };
  return (
    <button
      type="button"
      aria-pressed={on}
      className={on ? 'quiz-button on' : 'quiz-button'}
      onClick={() => !on && start()}
    >
      {t('quiz.open')}
    </button>
  );
}
