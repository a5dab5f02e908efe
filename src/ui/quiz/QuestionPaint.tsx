import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paintedSamples } from '../../mapping';
import type { Answer, PaintTheZoneQuestion, Response } from '../../quiz';
import { useViewer } from '../../state';
import { BrushControls } from '../BrushControls';
import { muscleOnSide, percent } from './names';

interface Props {
  readonly question: PaintTheZoneQuestion;
  readonly answer: Answer | undefined;
  readonly onAnswer: (r: Response) => void;
}

/** "Paint where this muscle refers": the pain-drawing brush, then "Check" against the zone. */
export function QuestionPaint({ question, answer, onAnswer }: Props) {
  const { t } = useTranslation('quiz');
  const strokes = useViewer((s) => s.strokes.length);
  const [empty, setEmpty] = useState(false);
  const check = () => {
    // The surface the strokes cover, erasures included, answered by the mapping module as for
    // a pain drawing: the same with any model.
    const painted = paintedSamples(useViewer.getState().strokes);
    setEmpty(painted.length === 0);
    if (painted.length > 0) onAnswer({ kind: 'paint-the-zone', painted });
  };
  return (
    <>
      <p className="quiz-prompt">{t('paint.prompt', { muscle: muscleOnSide(t, question.muscleId, question.side) })}</p>
      {!answer && (
        <>
          <p className="hint">{t('paint.hint')}</p>
          <BrushControls />
          <button type="button" className="primary" disabled={strokes === 0} onClick={check}>
            {t('paint.check')}
          </button>
        </>
      )}
      <div className="quiz-feedback" role="status">
        {empty && !answer && <p>{t('paint.empty')}</p>}
        {answer && (
          <>
            <p>{t('paint.result', { percent: percent(answer.grade.score) })}</p>
            <p className="hint">{t('paint.compare')}</p>
          </>
        )}
      </div>
    </>
  );
}
