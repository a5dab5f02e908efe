import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionScore, type QuizSession } from '../../quiz';
import { percent } from './names';

/** The score at the end, question by question; "New quiz" above starts another. */
export function QuizSummary({
  session,
  headingRef,
}: {
  readonly session: QuizSession;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation('quiz');
  const score = sessionScore(session);
  const total = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(score.total);
  return (
    <div className="quiz-summary">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('summary.title')}
      </h2>
      <p className="quiz-total">{t('summary.total', { total, outOf: score.outOf, percent: score.percent })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('summary.question')}</th>
            <th scope="col">{t('summary.kind')}</th>
            <th scope="col">{t('summary.score')}</th>
          </tr>
        </thead>
        <tbody>
          {session.answers.map((a, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{t(`kinds.${session.questions[i]!.kind}`)}</td>
              <td>{percent(a.grade.score)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
