import { EXERCISE_STOP_SOURCES } from '../../clinic/exercising';
import { exercises } from '../../movement';
import { useLabels } from '../labels';
import { ExercisePlayer } from './ExercisePlayer';
import { SourceIds } from './SourceIds';

/** The three exercises the model shows, each with its player and its words. */
export function ExerciseList() {
  const { t, voice } = useLabels();
  return (
    <section className="exercise-list" aria-labelledby="exercise-heading">
      <h3 id="exercise-heading">{t('ui:exercise.heading')}</h3>
      <p className="hint">{t(`ui:exercise.intro.${voice}`)}</p>
      {exercises.map((e) => (
        <article key={e.id} className="exercise-entry" aria-labelledby={`exercise-${e.id}`}>
          <h4 id={`exercise-${e.id}`}>{t(`ui:exercise.name.${e.id}.${voice}`)}</h4>
          <ExercisePlayer exerciseId={e.id} />
          {voice === 'clinician' && (
            <SourceIds ids={[...e.sources, ...EXERCISE_STOP_SOURCES]} label={t('ui:exercise.sources')} />
          )}
        </article>
      ))}
    </section>
  );
}
