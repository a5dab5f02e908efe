import { sources, type Muscle } from '../mapping';

const byId = new Map(sources.map((s) => [s.id, s]));

/** Full citations of every source the muscle and its trigger points cite, each once. */
export function SourceList({ muscle }: { readonly muscle: Muscle }) {
  const ids = [...new Set([...muscle.sources, ...muscle.triggerPoints.flatMap((t) => t.sources)])];
  return (
    <ul className="sources">
      {ids.map((id) => (
        <li key={id}>
          <span className="source-id">[{id}]</span> {byId.get(id)?.citation ?? 'Citation missing from the source list.'}
        </li>
      ))}
    </ul>
  );
}
