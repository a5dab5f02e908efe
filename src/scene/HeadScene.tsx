import { useMemo } from 'react';
import { Box3 } from 'three';
import { CameraRig } from './CameraRig';
import { Lights } from './Lights';
import { ModelView } from './ModelView';
import { PainPointMarker } from './PainPointMarker';
import type { PreparedModel } from './prepare-model';
import { TestHook } from './TestHook';
import { TriggerPointMarkers } from './TriggerPointMarkers';

const withTestHook = import.meta.env.VITE_E2E === 'true';

/** Everything inside the canvas. */
export function HeadScene({ model }: { readonly model: PreparedModel }) {
  const bounds = useMemo(() => new Box3().setFromObject(model.root), [model]);
  return (
    <>
      <Lights />
      <CameraRig bounds={bounds} />
      <ModelView model={model} />
      <TriggerPointMarkers />
      <PainPointMarker />
      {withTestHook && <TestHook />}
    </>
  );
}
