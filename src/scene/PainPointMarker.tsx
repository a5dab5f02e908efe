import { useMemo } from 'react';
import { getPainRegion, regionCentre, type Vec3 } from '../mapping';
import { useViewer, zoneSurface } from '../state';
import { Marker } from './Marker';
import { nearestSurfacePoint } from './paint-mask';
import type { PreparedModel } from './prepare-model';
import { useHiddenBehindHead } from './useHiddenBehindHead';
import { usePosedPoints } from './usePose';

/**
 * Where the patient said it hurts: the clicked point, or the centre of the chosen named place
 * moved onto the visible head (the mapping gives it on its reference surface). Like a trigger
 * point it is not drawn through the head from the far side: the camera turns to it when it is
 * chosen (`requestLook` in the store), and a user who turns away sees it go behind the head.
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
  const restAt = painPoint ?? regionAt;
  const restPoints = useMemo<Vec3[]>(() => (restAt ? [restAt] : []), [restAt]);
  // In a pose the point rides with the surface it lies on.
  const surface = useMemo(
    () => (surfaceName === 'skin' ? model.skin : model.bones).map((s) => s.mesh),
    [model, surfaceName],
  );
  const points = usePosedPoints(surface, restPoints);
  const keep = useHiddenBehindHead(model, points);
  const at = points[0];
  return at ? (
    <group ref={keep(0)}>
      <Marker at={at} color="#1f5cf2" label="pain-point" />
    </group>
  ) : null;
}
