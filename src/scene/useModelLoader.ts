import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Object3D } from 'three';
import { initialModelStatus, useModelStatus, useViewer, type Notice } from '../state';
import { loadModelFromFile, loadModelFromUrl, modelUrl } from './load-model';
import { disposeModel, prepareModel, type PreparedModel } from './prepare-model';

const failure = (file: string): Notice => ({ key: 'messages:model.loadFailed', params: { file } });

/**
 * Loads the bundled (or build-configured) model once, and any .glb the user drops onto the
 * page; reports progress and the naming-contract check through the model-status store.
 */
export function useModelLoader(enabled: boolean): { model: PreparedModel | null; loadFile: (file: File) => void } {
  const [model, setModel] = useState<PreparedModel | null>(null);

  const accept = useCallback((root: Object3D, sourceName: string | null) => {
    const prepared = prepareModel(root);
    setModel(prepared);
    const { missing, posable } = prepared;
    useModelStatus.setState({ phase: 'ready', progress: 1, message: null, missing, posable, sourceName });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    useModelStatus.setState({ ...initialModelStatus });
    loadModelFromUrl(modelUrl, (progress) => {
      if (!cancelled) useModelStatus.setState({ progress });
    })
      .then((root) => {
        if (!cancelled) accept(root, null);
      })
      .catch(() => {
        if (!cancelled) useModelStatus.setState({ phase: 'failed', message: failure('head-neck.glb') });
      });
    return () => {
      cancelled = true;
    };
  }, [enabled, accept]);

  const loadFile = useCallback(
    (file: File) => {
      useModelStatus.setState({ phase: 'loading', progress: null, sourceName: file.name });
      loadModelFromFile(file)
        .then((root) => accept(root, file.name))
        .catch(() => {
          const message: Notice = { key: 'messages:model.notGlb', params: { file: file.name } };
          // Keep showing the model we have; say why the new one was not taken.
          if (model) {
            useModelStatus.setState({ phase: 'ready', progress: 1 });
            useViewer.getState().addNotice(message);
          } else useModelStatus.setState({ phase: 'failed', message });
        });
    },
    [accept, model],
  );

  return { model, loadFile };
}

/**
 * Inside the canvas, where the model is drawn: a replaced model gives back its geometries,
 * materials and textures in the very commit that takes it out of the scene. Disposed before
 * (while still in the scene) or after (in a passive effect, when the canvas's own root may
 * already have drawn a frame), a frame would upload them again, for good.
 */
export function useDisposeReplacedModel(model: PreparedModel): void {
  const shown = useRef<PreparedModel | null>(null);
  useLayoutEffect(() => {
    const replaced = shown.current;
    shown.current = model;
    if (replaced && replaced !== model) disposeModel(replaced);
  }, [model]);
}
