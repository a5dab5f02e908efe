import type { TFunction } from 'i18next';
import { tours, type Tour } from '../../tours';
import type { Messages } from '../catalogue';
import { translator } from './translate';

/** The English `tours` namespace, from the tour data: `<tourId>.steps.<stepId>.<field>`. */
export function tourMessages(list: readonly Tour[] = tours): Messages {
  return Object.fromEntries(
    list.map((tour) => [
      tour.id,
      {
        title: tour.title,
        summary: tour.summary,
        steps: Object.fromEntries(
          tour.steps.map((s) => [s.id, { title: s.title, text: s.text, patientText: s.patientText }]),
        ),
      },
    ]),
  );
}

/** The tour with its words in `t`'s language; camera, layers and muscle ids untouched. */
export function tourText(t: TFunction, tour: Tour): Tour {
  const tr = translator(t, 'tours');
  return {
    ...tour,
    title: tr(`${tour.id}.title`, tour.title),
    summary: tr(`${tour.id}.summary`, tour.summary),
    steps: tour.steps.map((s) => {
      const key = `${tour.id}.steps.${s.id}`;
      return {
        ...s,
        title: tr(`${key}.title`, s.title),
        text: tr(`${key}.text`, s.text),
        patientText: tr(`${key}.patientText`, s.patientText),
      };
    }),
  };
}
