import type { Muscle } from '../mapping';

/** Says plainly where the pattern is recalled rather than checked against a cited page. */
export function UncertaintyNotes({ muscle }: { readonly muscle: Muscle }) {
  const uncertainZones = muscle.triggerPoints.flatMap((t) => t.zones.filter((z) => z.uncertain).map((z) => z.description));
  const uncertainTrps = muscle.triggerPoints.filter((t) => t.uncertain).map((t) => t.name);
  if (!muscle.uncertain && !muscle.notes && uncertainZones.length === 0 && uncertainTrps.length === 0) return null;
  return (
    <>
      <h3>Uncertainty</h3>
      {muscle.uncertain && <p>Parts of this muscle's pattern are less well documented than others.</p>}
      {muscle.notes && <p>{muscle.notes}</p>}
      {uncertainTrps.length > 0 && <p>Trigger point locations not checked against a cited source: {uncertainTrps.join('; ')}.</p>}
      {uncertainZones.length > 0 && <p>Zones not checked against a cited source: {uncertainZones.join('; ')}.</p>}
    </>
  );
}
