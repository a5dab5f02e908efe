import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Response, WhichMusclesQuestion } from '../../quiz';
import { muscleName, placeName } from './names';

interface Props {
  readonly question: WhichMusclesQuestion;
  readonly answer: Answer | undefined;
  readonly onAnswer: (r: Response) => void;
}

/** "Pain here: which muscles could cause it?": tick boxes, then each option is marked. */
export function QuestionWhich({ question, answer, onAnswer }: Props) {
  const { t } = useTranslation('quiz');
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const toggle = (id: string) =>
    setTicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const expected = new Set(question.answer);
  const right = ticked.filter((id) => expected.has(id)).length;
  const markOf = (id: string) => {
    if (!answer) return null;
    if (expected.has(id)) return ticked.includes(id) ? 'rightTicked' : 'missed';
    return ticked.includes(id) ? 'wrongTicked' : null;
  };
  return (
    <>
      <p className="quiz-prompt">{t('which.prompt', { place: placeName(t, question.regionId, question.side) })}</p>
      {!answer && <p className="hint">{t('which.hint')}</p>}
      <fieldset className="quiz-ticks" disabled={!!answer}>
        <legend>{t('which.choices')}</legend>
        {question.options.map((id) => {
          const mark = markOf(id);
          return (
            <label key={id} className={mark ? `quiz-tick ${mark}` : 'quiz-tick'}>
              <input type="checkbox" checked={ticked.includes(id)} onChange={() => toggle(id)} />
              <span>
                {muscleName(t, id)}
                {mark && <small> {t(`which.${mark}`)}</small>}
              </span>
            </label>
          );
        })}
      </fieldset>
      {!answer && (
        <button
          type="button"
          className="primary"
          onClick={() => onAnswer({ kind: 'which-muscles', muscleIds: ticked })}
        >
          {t('which.check')}
        </button>
      )}
      <p className="quiz-feedback" role="status">
        {answer && t('which.result', { right, expected: expected.size, extra: ticked.length - right })}
      </p>
    </>
  );
}
