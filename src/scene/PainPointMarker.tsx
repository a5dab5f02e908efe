import { useViewer } from '../state';
import { Marker } from './Marker';

/** Where the patient said it hurts, in "where does it hurt?" mode. */
export function PainPointMarker() {
  const painPoint = useViewer((s) => (s.mode === 'point' ? s.painPoint : null));
  return painPoint ? <Marker at={painPoint} color="#1f5cf2" label="pain-point" /> : null;
}
