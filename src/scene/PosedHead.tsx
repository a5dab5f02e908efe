import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { boneTransforms, NEUTRAL } from '../movement';
import { demonstrationPlaying, useViewer } from '../state';
import { findRig, poseModel } from './pose-skin';
import type { PreparedModel } from './prepare-model';
import { loadCpuSkin, skinsOnCpu } from './skinning-way';
import { usePoseTransforms } from './usePose';
import { useWarmSkinnedShaders } from './warm-shaders';

/**
 * A frame slower than this moves a demonstration on by this much only: a tab brought back after a
 * while, or a stalled frame, does not jump to the end.
 */
const MAX_STEP_MS = 500;

const REST = boneTransforms(NEUTRAL);

/**
 * Poses the model as the store says (`src/scene/pose-skin.ts`), and moves a playing stretch or
 * exercise on with the frames. With frameloop "demand" a frame is asked for only while one plays:
 * paused, still, finished or the posture view, the canvas draws nothing more.
 */
export function PosedHead({
  model,
  firstFrameDrawn,
}: {
  readonly model: PreparedModel;
  /** Once the first frame with the model is on screen, the skinned programs compile. */
  readonly firstFrameDrawn: boolean;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const rig = useMemo(() => findRig(model.root), [model]);
  useWarmSkinnedShaders(firstFrameDrawn && rig !== null);
  const transforms = usePoseTransforms();
  const skinning = useSkinningReady(rig !== null && (firstFrameDrawn || transforms !== null));
  useLayoutEffect(() => {
    if (!rig) return;
    // Skinned on the CPU, the head waits at rest for that code (a stretch link's first moments).
    poseModel(rig, model.root, skinning ? transforms : null, REST);
    invalidate();
  }, [rig, model, transforms, skinning, invalidate]);
  // A model replaced or the scene left while posed is put back at rest.
  useEffect(() => () => void (rig && poseModel(rig, model.root, null, REST)), [rig, model]);

  // Playing starts in neutral, which changes nothing drawn: the first frame is asked for here.
  const playing = useViewer(demonstrationPlaying);
  useEffect(() => {
    if (playing) invalidate();
  }, [playing, invalidate]);
  const last = useRef<number | null>(null);
  useFrame(() => {
    const s = useViewer.getState();
    if (!demonstrationPlaying(s)) {
      last.current = null;
      return;
    }
    const now = performance.now();
    const step = last.current === null ? 0 : Math.min(now - last.current, MAX_STEP_MS);
    last.current = now;
    if (s.stretch?.playback === 'playing') s.advanceStretch(step);
    else s.advanceExercise(step);
    invalidate();
  });
  return null;
}

/**
 * Whether a pose can be drawn: at once where the shader skins; where the CPU does
 * (`skinning-way.ts`), once its code, asked for when `wanted`, has loaded.
 */
function useSkinningReady(wanted: boolean): boolean {
  const [ready, setReady] = useState(() => !skinsOnCpu());
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    void loadCpuSkin().then(() => live && setReady(true));
    return () => void (live = false);
  }, [ready, wanted]);
  return ready;
}
