import { useMemo } from 'react';
import { Box3 } from 'three';
import { CameraRig } from './CameraRig';
import { ModelView } from './ModelView';
import { PainPointMarker } from './PainPointMarker';
import { PosedHead } from './PosedHead';
import type { PreparedModel } from './prepare-model';
import { Snapshots } from './Snapshots';
import { TestHook } from './TestHook';
import { TriggerPointMarkers } from './TriggerPointMarkers';
import { useDisposeReplacedModel } from './useModelLoader';

/** The shoulder girdle and the breastbone: a phone's portrait view leaves them at its edges. */
const shoulderGirdle = /^(acromion|superior-angle|sternoclavicular|scalene-tubercle|jugular-notch)(-|$)/;

/** The landmarks of the head and neck alone, what the close framing of a small screen fits. */
function headAndNeck(model: PreparedModel, all: Box3): Box3 {
  const points = [...model.landmarks].filter(([name]) => !shoulderGirdle.test(name)).map(([, p]) => p);
  return points.length >= 4 ? new Box3().setFromPoints(points) : all;
}

const withTestHook = import.meta.env.VITE_E2E === 'true';

/** Everything inside the canvas. */
export function HeadScene({ model }: { readonly model: PreparedModel }) {
  useDisposeReplacedModel(model);
  // Framed on the landmarks (head to shoulders), so a stray vertex in a clinic's model cannot
  // push the camera away; a model without landmarks is framed on its geometry.
  const bounds = useMemo(
    () =>
      model.landmarks.size >= 4
        ? new Box3().setFromPoints([...model.landmarks.values()])
        : new Box3().setFromObject(model.root),
    [model],
  );
  const head = useMemo(() => headAndNeck(model, bounds), [model, bounds]);
  return (
    <>
      <CameraRig bounds={bounds} head={head} />
      <ModelView model={model} />
      <PosedHead model={model} />
      <TriggerPointMarkers model={model} />
      <PainPointMarker model={model} />
      <Snapshots bounds={bounds} model={model} />
      {withTestHook && <TestHook model={model} />}
    </>
  );
}
