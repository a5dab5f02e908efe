import { alsoExamine, type MuscleId, type Side } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';
import { Fold } from './Fold';

/**
 * "Also examine": the muscles linked to this one as key and satellite trigger points, on the same
 * side, each a button that selects it. Clinicians read which way the link runs; patients, that the
 * muscles often act up together.
 */
export function AlsoExamine({ muscleId, side }: { readonly muscleId: string; readonly side: Side }) {
  const { t, voice, muscleLabel } = useLabels();
  const select = useViewer((s) => s.select);
  const { satellites, keys } = alsoExamine(muscleId);
  if (satellites.length + keys.length === 0) return null;
  const links = (ids: readonly MuscleId[]) => (
    <ul className="also-examine">
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="small" onClick={() => select({ muscleId: id, side })}>
            {muscleLabel(id, side)}
          </button>
        </li>
      ))}
    </ul>
  );
  if (voice === 'patient')
    return (
      <Fold id="also-examine" title={t('ui:info.alsoExaminePatient')}>
        <p className="hint">{t('ui:info.alsoExamineHint')}</p>
        {links([...new Set([...keys, ...satellites])])}
      </Fold>
    );
  return (
    <Fold id="also-examine" title={t('ui:info.alsoExamine')}>
      {satellites.length > 0 && (
        <>
          <p>{t('ui:info.satellites')}</p>
          {links(satellites)}
        </>
      )}
      {keys.length > 0 && (
        <>
          <p>{t('ui:info.keys')}</p>
          {links(keys)}
        </>
      )}
    </Fold>
  );
}
