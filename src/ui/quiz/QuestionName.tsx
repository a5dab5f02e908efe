import { useTranslation } from 'react-i18next';
import type { Answer, NameTheMuscleQuestion, Response } from '../../quiz';
import { muscleName } from './names';

interface Props {
  readonly question: NameTheMuscleQuestion;
  readonly answer: Answer | undefined;
  readonly onAnswer: (r: Response) => void;
}

/** "Which muscle is highlighted?": one press answers; then the right one is marked. */
export function QuestionName({ question, answer, onAnswer }: Props) {
  const { t } = useTranslation('quiz');
  const chosen = answer?.response.kind === 'name-the-muscle' ? answer.response.muscleId : null;
  const rightName = muscleName(t, question.muscleId);
  return (
    <>
      <p className="quiz-prompt">{t('name.prompt')}</p>
      {!answer && <p className="hint">{t('name.hint')}</p>}
      <div className="quiz-choices" role="group" aria-label={t('name.choices')}>
        {question.options.map((id) => {
          const mark = !answer ? '' : id === question.muscleId ? 'right' : id === chosen ? 'wrong' : '';
          return (
            <button
              key={id}
              type="button"
              className={`quiz-choice ${mark}`}
              aria-pressed={id === chosen}
              disabled={!!answer}
              onClick={() => onAnswer({ kind: 'name-the-muscle', muscleId: id })}
            >
              {mark === 'right' && <span aria-hidden="true">✓ </span>}
              {mark === 'wrong' && <span aria-hidden="true">✗ </span>}
              {muscleName(t, id)}
            </button>
          );
        })}
      </div>
      <p className="quiz-feedback" role="status">
        {answer &&
          (answer.grade.score === 1 ? t('name.right', { name: rightName }) : t('name.wrong', { name: rightName }))}
      </p>
    </>
  );
}
