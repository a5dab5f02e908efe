import { sources, type SourceId } from '../../mapping';

const byId = new Map(sources.map((s) => [s.id, s]));

/** Citations by source id, as published (for the clinician voice). */
export function SourceIds({ ids, label }: { readonly ids: readonly SourceId[]; readonly label: string }) {
  return (
    <details className="source-ids">
      <summary>{label}</summary>
      <ul className="sources">
        {[...new Set(ids)].map((id) => (
          <li key={id}>
            <span className="source-id">[{id}]</span> {byId.get(id)?.citation ?? id}
          </li>
        ))}
      </ul>
    </details>
  );
}
