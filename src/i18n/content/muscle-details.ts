import type { TFunction } from 'i18next';
import { describedMuscles, type DescribedMuscle } from '../../mapping';
import type { Messages } from '../catalogue';
import { byIndex, translator } from './translate';

const fields = ['origin', 'insertion', 'innervation', 'action', 'referralSummary', 'frequencyNote'] as const;

/**
 * The English `muscle-details` namespace from the catalogue. Lists are keyed by position, so
 * a change to an English sentence, or an insertion, goes with the same change in every language.
 */
export function muscleDetailMessages(list: readonly DescribedMuscle[] = describedMuscles): Messages {
  return Object.fromEntries(
    list.map((m) => [
      m.id,
      {
        ...Object.fromEntries(fields.map((f) => [f, m[f]])),
        ...(m.notes !== undefined && { notes: m.notes }),
        symptoms: byIndex(m.symptoms.map((s) => s.text)),
        perpetuatingFactors: byIndex(m.perpetuatingFactors),
        triggerPoints: Object.fromEntries(
          m.triggerPoints.map((tp) => [
            tp.id,
            { name: tp.name, location: tp.location, zones: byIndex(tp.zones.map((z) => z.description)) },
          ]),
        ),
      },
    ]),
  );
}

/**
 * The muscle with every word a reader sees in `t`'s language (names from `muscle-names`, the
 * rest from `muscle-details`); ids, anchors, strokes, sources and numbers untouched.
 */
export function muscleText(t: TFunction, muscle: DescribedMuscle): DescribedMuscle {
  const tr = translator(t, 'muscle-details');
  const name = translator(t, 'muscle-names');
  const k = muscle.id;
  const translated: DescribedMuscle = {
    ...muscle,
    name: name(`${k}.name`, muscle.name),
    plainName: name(`${k}.plain`, muscle.plainName),
    ...Object.fromEntries(fields.map((f) => [f, tr(`${k}.${f}`, muscle[f])])),
    symptoms: muscle.symptoms.map((s, i) => ({ ...s, text: tr(`${k}.symptoms.${i}`, s.text) })),
    perpetuatingFactors: muscle.perpetuatingFactors.map((p, i) => tr(`${k}.perpetuatingFactors.${i}`, p)),
    triggerPoints: muscle.triggerPoints.map((tp) => {
      const key = `${k}.triggerPoints.${tp.id}`;
      return {
        ...tp,
        name: tr(`${key}.name`, tp.name),
        location: tr(`${key}.location`, tp.location),
        zones: tp.zones.map((z, i) => ({ ...z, description: tr(`${key}.zones.${i}`, z.description) })),
      };
    }),
  };
  return muscle.notes === undefined ? translated : { ...translated, notes: tr(`${k}.notes`, muscle.notes) };
}
