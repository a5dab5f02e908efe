import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentQuestion, quizReducer, startSession, type Response } from '../../quiz';
import type { Layers } from '../../display';
import { useViewer } from '../../state';
import { percent } from './names';
import { QuestionName } from './QuestionName';
import { QuestionPaint } from './QuestionPaint';
import { QuestionWhich } from './QuestionWhich';
import { QuizSummary } from './QuizSummary';
import { questionScreen, revealAfterAnswer } from './stage';

/** One quiz from its seed: the question, its feedback once answered, then the summary. */
export function QuizRun({ seed, layersBefore }: { readonly seed: number; readonly layersBefore: Layers }) {
  const { t } = useTranslation('quiz');
  const [session, dispatch] = useReducer(quizReducer, seed, (s) => startSession(s));
  const q = currentQuestion(session);
  const answer = q ? session.answers[session.index] : undefined;
  const heading = useRef<HTMLHeadingElement>(null);

  // The 3D view follows the quiz; the rules of what it shows live in ./stage.
  useEffect(() => {
    if (session.phase === 'asking' && q) useViewer.getState().showQuizScreen(questionScreen(q, layersBefore));
    if (session.phase === 'done') useViewer.getState().showQuizScreen(questionScreen(null, layersBefore));
  }, [q, session.phase, layersBefore]);
  useEffect(() => {
    if (session.phase !== 'feedback' || !q) return;
    const reveal = revealAfterAnswer(q);
    if (reveal) useViewer.getState().revealQuizAnswer(reveal);
  }, [q, session.phase]);
  // A new question (or the summary) takes the focus, so a keyboard user starts there.
  useEffect(() => heading.current?.focus(), [session.index]);

  if (session.phase === 'done' || !q) return <QuizSummary session={session} headingRef={heading} />;
  const onAnswer = (response: Response) => dispatch({ type: 'answer', response });
  const last = session.index === session.questions.length - 1;
  return (
    <div className="quiz-question">
      <p className="meta">{t('progress', { number: session.index + 1, count: session.questions.length })}</p>
      <h2 ref={heading} tabIndex={-1}>
        {t(`kinds.${q.kind}`)}
      </h2>
      {q.kind === 'name-the-muscle' && <QuestionName question={q} answer={answer} onAnswer={onAnswer} />}
      {q.kind === 'paint-the-zone' && <QuestionPaint question={q} answer={answer} onAnswer={onAnswer} />}
      {q.kind === 'which-muscles' && <QuestionWhich question={q} answer={answer} onAnswer={onAnswer} />}
      {answer && (
        <div className="quiz-next">
          <p className="question-score">
            <strong>{t('questionScore', { percent: percent(answer.grade.score) })}</strong>
          </p>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'next' })}>
            {last ? t('finish') : t('next')}
          </button>
        </div>
      )}
    </div>
  );
}
