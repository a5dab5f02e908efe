import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import {
  BufferGeometry,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshBasicMaterial,
  type Material,
  type MeshStandardMaterial,
  type WebGLRenderer,
} from 'three';
import { applySkinLayer, createMaterials } from './materials';

type WithDefaults = MeshStandardMaterial & { defaultAttributeValues: object };

/** The skin's material in the other layer (see-through or opaque): another program of the same shading. */
function otherSkinLayer(skin: MeshStandardMaterial): MeshStandardMaterial {
  const other = skin.clone();
  other.onBeforeCompile = skin.onBeforeCompile;
  other.customProgramCacheKey = skin.customProgramCacheKey;
  (other as WithDefaults).defaultAttributeValues = (skin as WithDefaults).defaultAttributeValues;
  applySkinLayer(other, skin.transparent ? 'opaque' : 'ghosted');
  return other;
}

/**
 * One mesh per program the viewer draws with: the model's materials as `prepareModel` makes them,
 * the ones a click switches to (the gold of a selection, the hover, the skin's other layer) and the
 * trigger-point dots (src/scene/Marker.tsx: one program whatever their colour). A program depends on
 * the material and the lights, not on the mesh's shape, so one triangle stands for every mesh.
 */
function warmUpScene(): { scene: Group; materials: Material[] } {
  const made = createMaterials();
  const materials = [
    ...made.all,
    otherSkinLayer(made.skin),
    new MeshBasicMaterial({ transparent: true, depthTest: false }),
  ];
  const triangle = new BufferGeometry();
  triangle.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3));
  triangle.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
  const scene = new Group();
  for (const material of materials) scene.add(new Mesh(triangle, material));
  return { scene, materials };
}

const warmed = new WeakSet<WebGLRenderer>();
/** Whether the renderer has compiled every program of `warmUpScene` (for the end-to-end tests' hook). */
export const shadersWarm = (gl: WebGLRenderer): boolean => warmed.has(gl);

/**
 * Compiles every program as soon as the canvas exists, with the scene's own lights, while the model
 * downloads and decodes. The GPU compiles in its own process meanwhile, so the first frame with the
 * model finds its programs built, and no later click stalls a frame on a compile (hundreds of
 * milliseconds on a weak GPU, seconds on a software one). The materials are kept as long as the
 * canvas: three deletes a program no material uses, and the dots' materials come and go with
 * every selection.
 */
export function useWarmShaders(): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const warm = warmUpScene();
    void gl.compileAsync(warm.scene, camera, scene).then(() => warmed.add(gl));
    return () => {
      for (const m of warm.materials) m.dispose();
    };
  }, [gl, camera, scene]);
}

/** The scene's part of it: mounted inside the canvas beside the lights, before any model. */
export function WarmShaders(): null {
  useWarmShaders();
  return null;
}
