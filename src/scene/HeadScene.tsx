import { addAfterEffect } from '@react-three/fiber';
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState, type ComponentType } from 'react';
import { Box3 } from 'three';
import type { Pose } from '../movement';
import { useModelStatus } from '../state';
import { ModelView } from './ModelView';
import { PainPointMarker } from './PainPointMarker';
import { PosedHead } from './PosedHead';
import type { PreparedModel } from './prepare-model';
import { headAndNeck, headAndNeckPoints, headReach } from './head-reach';
import { StillCamera } from './StillCamera';
import { TestHook } from './TestHook';
import { TriggerPointMarkers } from './TriggerPointMarkers';
import { useDisposeReplacedModel } from './useModelLoader';

const withTestHook = import.meta.env.VITE_E2E === 'true';

type RigProps = {
  readonly bounds: Box3;
  readonly head: Box3;
  /** The head's box over a demonstration's poses (`head-reach.ts`), for the close framing. */
  readonly reach?: (poses: readonly Pose[]) => Box3;
};

/**
 * The orbit controls, fetched after the first frame (`StillCamera` holds the view till then). A
 * chunk that cannot be fetched leaves the still camera in charge rather than dropping the view.
 */
const CameraRig = lazy((): Promise<{ default: ComponentType<RigProps> }> =>
  import('./CameraRig').then(
    (m) => ({ default: m.CameraRig }),
    () => ({ default: StillCamera }),
  ),
);

/**
 * Pictures of the view ("Save image", the handout's), fetched with the orbit controls: nothing asks
 * for one before the model is on screen, and until then `captureView` answers that there is no
 * view. A chunk that cannot be fetched leaves the pictures out, not the view.
 */
const Snapshots = lazy((): Promise<{ default: ComponentType<{ bounds: Box3; model: PreparedModel }> }> =>
  import('./Snapshots').then(
    (m) => ({ default: m.Snapshots }),
    () => ({ default: () => null }),
  ),
);

/**
 * False until a frame has been drawn after the first render (with the model: HeadScene's first).
 * A layout effect, as in frame-timing.ts: registered in the commit that adds the model, before
 * any frame can draw it, so that frame is never missed.
 */
function useFirstFrameDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useLayoutEffect(() => {
    if (drawn) return;
    const stop = addAfterEffect(() => {
      stop();
      setDrawn(true);
    });
    return stop;
  }, [drawn]);
  return drawn;
}

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
  const points = useMemo(() => headAndNeckPoints(model), [model]);
  const head = useMemo(() => headAndNeck(points, bounds), [points, bounds]);
  const reach = useMemo(() => headReach(model, points, head), [model, points, head]);
  const firstFrameDrawn = useFirstFrameDrawn();
  useEffect(() => {
    if (firstFrameDrawn) useModelStatus.setState({ firstFrameDrawn: true });
  }, [firstFrameDrawn]);
  const still = <StillCamera bounds={bounds} head={head} />;
  return (
    <>
      {firstFrameDrawn ? (
        <Suspense fallback={still}>
          <CameraRig bounds={bounds} head={head} reach={reach} />
        </Suspense>
      ) : (
        still
      )}
      <ModelView model={model} />
      <PosedHead model={model} firstFrameDrawn={firstFrameDrawn} />
      <TriggerPointMarkers model={model} />
      <PainPointMarker model={model} />
      {firstFrameDrawn && (
        <Suspense fallback={null}>
          <Snapshots bounds={bounds} model={model} />
        </Suspense>
      )}
      {withTestHook && <TestHook model={model} />}
    </>
  );
}
