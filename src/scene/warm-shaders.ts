import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import {
  Bone,
  BufferGeometry,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshBasicMaterial,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
  type Material,
  type MeshStandardMaterial,
  type WebGLRenderer,
} from 'three';
import { applySkinLayer, createMaterials } from './materials';
import { skinsOnCpu } from './skinning-way';

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
function warmUpScene(): { scene: Group; materials: Material[]; ofModel: Material[] } {
  const made = createMaterials();
  const ofModel = [...made.all, otherSkinLayer(made.skin)];
  const materials = [...ofModel, new MeshBasicMaterial({ transparent: true, depthTest: false })];
  const shape = triangle();
  const scene = new Group();
  for (const material of materials) scene.add(new Mesh(shape, material));
  return { scene, materials, ofModel };
}

/** One triangle facing +z: a program does not depend on the mesh's shape. */
function triangle(): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3));
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
  return geometry;
}

/**
 * The same materials on skinned triangles (one bone): the programs a posed head draws with. A
 * stretch or a pose link swaps each plain mesh for its skinned twin (`pose-skin.ts`), whose vertex
 * shader differs; compiled on the first pose, they stalled its first frame (five programs, seconds
 * on a software renderer).
 */
function skinnedTwins(materials: readonly Material[]): Group {
  const skinned = triangle();
  skinned.setAttribute('skinIndex', new Uint16BufferAttribute(new Array<number>(12).fill(0), 4));
  skinned.setAttribute('skinWeight', new Float32BufferAttribute([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4));
  const bone = new Bone();
  const skeleton = new Skeleton([bone]);
  const group = new Group();
  group.add(bone);
  for (const material of materials) {
    const mesh = new SkinnedMesh(skinned, material);
    mesh.bind(skeleton);
    group.add(mesh);
  }
  return group;
}

interface WarmUp {
  /** The model's materials (the dots' left out: they are never skinned). */
  readonly ofModel: readonly Material[];
  /** Settles once the plain programs are compiled. */
  readonly plain: Promise<unknown>;
  /** Started once asked for (`useWarmSkinnedShaders`). */
  skinned: Promise<void> | null;
  plainDone: boolean;
  skinnedDone: boolean;
}

/** Per renderer: the warm-up's materials and how far their compiling has come. */
const warmUps = new WeakMap<WebGLRenderer, WarmUp>();
/** Whether the renderer has compiled every program of `warmUpScene` (for the end-to-end tests' hook). */
export const shadersWarm = (gl: WebGLRenderer): boolean => warmUps.get(gl)?.plainDone === true;
/**
 * Whether it has compiled the programs a posed head draws with: their skinned variants
 * (`useWarmSkinnedShaders`), or, skinned on the CPU (`cpu-skin.ts`), the plain ones.
 */
export const poseShadersWarm = (gl: WebGLRenderer): boolean =>
  skinsOnCpu() ? shadersWarm(gl) : warmUps.get(gl)?.skinnedDone === true;

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
    const plain = gl.compileAsync(warm.scene, camera, scene);
    const state: WarmUp = { ofModel: warm.ofModel, plain, skinned: null, plainDone: false, skinnedDone: false };
    void plain.then(() => void (state.plainDone = true));
    warmUps.set(gl, state);
    return () => {
      warmUps.delete(gl);
      for (const m of warm.materials) m.dispose();
    };
  }, [gl, camera, scene]);
}

/** The scene's part of it: mounted inside the canvas beside the lights, before any model. */
export function WarmShaders(): null {
  useWarmShaders();
  return null;
}

/**
 * The skinned variants, compiled once `wanted`: after the first frame with a model that has joints,
 * so they neither delay that frame nor wait for the first pose. Never where poses are skinned on
 * the CPU, which draws them with the plain programs.
 */
export function useWarmSkinnedShaders(wanted: boolean): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const warm = warmUps.get(gl);
    if (!wanted || !warm || warm.skinned || skinsOnCpu()) return;
    warm.skinned = warm.plain
      .then(() => gl.compileAsync(skinnedTwins(warm.ofModel), camera, scene))
      .then(() => void (warm.skinnedDone = true));
  }, [wanted, gl, camera, scene]);
}
