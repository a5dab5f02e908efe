import type { Muscle } from '../mapping';

/** Each zone in words, marked essential or spillover as on the 3D head. */
export function ReferralDescription({ muscle }: { readonly muscle: Muscle }) {
  return (
    <ul className="zones">
      {muscle.triggerPoints.flatMap((trp) =>
        trp.zones.map((z, i) => (
          <li key={`${trp.id}-${i}`}>
            <span className={`level ${z.level}`}>{z.level}</span> {z.description}
            {muscle.triggerPoints.length > 1 && <small> ({trp.name.toLowerCase()})</small>}
            {z.uncertain && <small className="uncertain"> · uncertain</small>}
          </li>
        )),
      )}
    </ul>
  );
}
