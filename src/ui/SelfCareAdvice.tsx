import { useTranslation } from 'react-i18next';
import { selfCarePlan } from '../clinic/self-care';
import type { Muscle } from '../mapping';
import { exercises } from '../movement';
import { selfCareNotice, selfCareText } from '../i18n/content/self-care';
import { Fold } from './Fold';
import { ExercisePlayer } from './movement/ExercisePlayer';

/**
 * General self-care for the muscle's group, with the notice that it is not a treatment plan; a
 * movement the model can show (an exercise whose advice it is) is played on the head from here.
 */
export function SelfCareAdvice({ muscle }: { readonly muscle: Muscle }) {
  const { t } = useTranslation('ui');
  const advice = selfCareText(t, muscle.id, muscle.group);
  if (!advice) return null;
  const movements = selfCarePlan(muscle.id, muscle.group)?.movements ?? [];
  const shown = exercises.filter((e) => movements.includes(e.advice));
  return (
    <Fold id="self-care" title={t('info.selfCare')}>
      <p className="hint">{selfCareNotice(t)}</p>
      <h4>{t('info.movements')}</h4>
      <ul>
        {advice.movements.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {shown.length > 0 && (
        <div className="self-care-exercises">
          <p className="hint">{t('exercise.onSelfCare')}</p>
          {shown.map((e) => (
            <ExercisePlayer key={e.id} exerciseId={e.id} />
          ))}
        </div>
      )}
      <h4>{t('info.habits')}</h4>
      <ul>
        {advice.habits.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {advice.cautions.length > 0 && (
        <>
          <h4>{t('info.cautions')}</h4>
          <ul className="self-care-cautions">
            {advice.cautions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </Fold>
  );
}
