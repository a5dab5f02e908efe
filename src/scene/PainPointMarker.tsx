import { useMemo } from 'react';
import { getPainRegion, regionCentre } from '../mapping';
import { useViewer, zoneSurface } from '../state';
import { Marker } from './Marker';
import { nearestSurfacePoint } from './paint-mask';
import type { PreparedModel } from './prepare-model';

/**
 * Where the patient said it hurts: the clicked point, or the centre of the chosen named place
 * moved onto the visible head (the mapping gives it on its reference surface).
 */
export function PainPointMarker({ model }: { readonly model: PreparedModel }) {
  const painPoint = useViewer((s) => (s.mode === 'point' ? s.painPoint : null));
  const region = useViewer((s) => (s.mode === 'regions' ? s.region : null));
  const surfaceName = useViewer((s) => zoneSurface(s.layers));
  const regionAt = useMemo(() => {
    const r = region ? getPainRegion(region.regionId) : undefined;
    if (!r || !region) return null;
    const surfaces = surfaceName === 'skin' ? model.skin : model.bones;
    return nearestSurfacePoint(surfaces, regionCentre(r, region.side));
  }, [region, model, surfaceName]);
  const at = painPoint ?? regionAt;
  return at ? <Marker at={at} color="#1f5cf2" label="pain-point" /> : null;
}
