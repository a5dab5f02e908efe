import { Canvas } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { NeutralToneMapping } from 'three';
import { useTranslation } from 'react-i18next';
import { useModelStatus } from '../state';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';
import { ContextLossWatch } from './ContextLossWatch';
import { HeadScene } from './HeadScene';
import { Lights } from './Lights';
import { useModelDrop } from './useModelDrop';
import { useModelLoader } from './useModelLoader';
import { WarmShaders } from './warm-shaders';
import { webGLKind } from './webgl';

/**
 * The 3D view: drawn only when something changes (frameloop "demand"), or a plain message
 * when WebGL is missing so the rest of the viewer still works.
 */
export function Viewport() {
  const [kind] = useState(webGLKind);
  const webgl = kind !== 'none';
  const { t } = useTranslation('ui');
  useEffect(() => {
    if (!webgl)
      useModelStatus.setState({
        phase: 'no-webgl',
        message: { key: 'messages:model.noWebgl' },
      });
  }, [webgl]);
  const { model, loadFile } = useModelLoader(webgl);
  useModelDrop(webgl ? loadFile : null);
  if (!webgl) return null;
  return (
    <div className="viewport">
      <CanvasErrorBoundary>
        <Canvas
          frameloop="demand"
          // Khronos PBR Neutral tone mapping: highlights roll off softly, yet colours below about 0.8
          // pass unchanged, so the zone red on the skin stays the legend's red (a filmic curve
          // would shift it toward orange).
          // Multisampling only on a GPU: a software renderer shades every sample on the CPU, and
          // without it a frame of the head costs under half as much there (measured in SwiftShader).
          gl={{ toneMapping: NeutralToneMapping, toneMappingExposure: 1, antialias: kind === 'gpu' }}
          dpr={[1, 2]}
          camera={{ fov: 35, near: 0.01, far: 10, position: [0, 0, 1] }}
          onCreated={({ raycaster }) => {
            // One hit per mesh is all picking needs; the BVH then stops at the first.
            raycaster.firstHitOnly = true;
          }}
          // The wrapper names the picture; without a role a label on a div is not announced.
          role="img"
          aria-label={t('model.canvas')}
        >
          <color attach="background" args={['#20262e']} />
          <ContextLossWatch />
          {/* Before the model: the programs compile with these lights while it downloads. */}
          <Lights />
          <WarmShaders />
          {model && <HeadScene model={model} />}
        </Canvas>
      </CanvasErrorBoundary>
    </div>
  );
}
