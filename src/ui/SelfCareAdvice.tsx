import { useTranslation } from 'react-i18next';
import type { Muscle } from '../mapping';
import { selfCareNotice, selfCareText } from '../i18n/content/self-care';
import { Fold } from './Fold';

/** General self-care for the muscle's group, with the notice that it is not a treatment plan. */
export function SelfCareAdvice({ muscle }: { readonly muscle: Muscle }) {
  const { t } = useTranslation('ui');
  const advice = selfCareText(t, muscle.id, muscle.group);
  if (!advice) return null;
  return (
    <Fold id="self-care" title={t('info.selfCare')}>
      <p className="hint">{selfCareNotice(t)}</p>
      <h4>{t('info.movements')}</h4>
      <ul>
        {advice.movements.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
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
