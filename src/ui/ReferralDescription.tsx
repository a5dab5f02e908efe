import { useTranslation } from 'react-i18next';
import type { DescribedMuscle } from '../mapping';

/** Each zone in words, marked essential or spillover as on the 3D head; `muscle` comes translated. */
export function ReferralDescription({ muscle }: { readonly muscle: DescribedMuscle }) {
  const { t, i18n } = useTranslation('ui');
  return (
    <ul className="zones">
      {muscle.triggerPoints.flatMap((trp) =>
        trp.zones.map((z, i) => (
          <li key={`${trp.id}-${i}`}>
            <span className={`level ${z.level}`}>{t(`level.${z.level}`)}</span> {z.description}
            {muscle.triggerPoints.length > 1 && <small> — {trp.name.toLocaleLowerCase(i18n.language)}</small>}
            {z.uncertain && <small className="uncertain"> · {t('info.uncertain')}</small>}
          </li>
        )),
      )}
    </ul>
  );
}
