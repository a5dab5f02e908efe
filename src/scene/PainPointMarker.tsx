import { useMemo } from 'react';
import { getPainRegion, regionCentre } from '../mapping';
import { useViewer } from '../state';
import { Marker } from './Marker';

/** Where the patient said it hurts: the clicked point, or the centre of the chosen named place. */
export function PainPointMarker() {
  const painPoint = useViewer((s) => (s.mode === 'point' ? s.painPoint : null));
  const region = useViewer((s) => (s.mode === 'regions' ? s.region : null));
  const regionAt = useMemo(() => {
    const r = region ? getPainRegion(region.regionId) : undefined;
    return r && region ? regionCentre(r, region.side) : null;
  }, [region]);
  const at = painPoint ?? regionAt;
  return at ? <Marker at={at} color="#1f5cf2" label="pain-point" /> : null;
}
