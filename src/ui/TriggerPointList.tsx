import type { Muscle } from '../mapping';

export function TriggerPointList({ muscle }: { readonly muscle: Muscle }) {
  return (
    <ol className="trigger-points">
      {muscle.triggerPoints.map((trp) => (
        <li key={trp.id}>
          <strong>{trp.name}</strong>: {trp.location}
          {trp.uncertain && <small className="uncertain"> · uncertain</small>}
        </li>
      ))}
    </ol>
  );
}
