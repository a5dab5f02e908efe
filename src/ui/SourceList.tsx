import { useTranslation } from 'react-i18next';
import { sources, type Muscle } from '../mapping';

const byId = new Map(sources.map((s) => [s.id, s]));

/** Full citations of every source the muscle and its trigger points cite, each once, as published. */
export function SourceList({ muscle }: { readonly muscle: Muscle }) {
  const { t } = useTranslation('ui');
  const ids = [...new Set([...muscle.sources, ...muscle.triggerPoints.flatMap((tp) => tp.sources)])];
  return (
    <ul className="sources">
      {ids.map((id) => (
        <li key={id}>
          <span className="source-id">[{id}]</span> {byId.get(id)?.citation ?? t('info.citationMissing')}
        </li>
      ))}
    </ul>
  );
}
