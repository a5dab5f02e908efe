import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newSeed } from '../../quiz';
import { useViewer } from '../../state';
import { Panel } from '../Panel';
import { QuizRun } from './QuizRun';
import { afterQuizScreen } from './stage';
import './quiz.css';

/**
 * The quiz takes the place of the tool and information panels (and the name under the pointer),
 * which would give the answers away. Leaving it restores the layers the user had.
 */
export function QuizMode() {
  const { t } = useTranslation('quiz');
  const seed = useViewer((s) => s.quiz);
  const [layersBefore] = useState(() => useViewer.getState().layers);
  if (seed === null) return null;
  const leave = () => useViewer.getState().leaveQuiz(afterQuizScreen(layersBefore));
  return (
    <Panel title={t('title')} className="left quiz-panel" defaultOpen>
      <section className="quiz" aria-label={t('title')}>
        <header className="quiz-header">
          <p className="quiz-seed">
            <strong>{t('seed', { seed })}</strong>
          </p>
          <p className="hint">{t('seedHint')}</p>
          <div className="button-row">
            <button type="button" onClick={() => useViewer.getState().setQuiz(newSeed())}>
              {t('newQuiz')}
            </button>
            <button type="button" onClick={leave}>
              {t('leave')}
            </button>
          </div>
        </header>
        {/* A new seed is a new quiz: the key starts its session afresh. */}
        <QuizRun key={seed} seed={seed} layersBefore={layersBefore} />
      </section>
    </Panel>
  );
}
