import { useTranslation } from 'react-i18next';
import { newSeed } from '../../quiz';
import { useViewer } from '../../state';

/** Starts a quiz with a fresh seed; the seed then shows in the quiz panel and the link. */
export function QuizButton() {
  const { t } = useTranslation('quiz');
  const on = useViewer((s) => s.quiz !== null);
  return (
    <button type="button" aria-pressed={on} className={on ? 'on' : ''} onClick={() => !on && useViewer.getState().setQuiz(newSeed())}>
      {t('open')}
    </button>
  );
}
