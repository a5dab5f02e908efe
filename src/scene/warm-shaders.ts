import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Group, Mesh, MeshBasicMaterial, type Material, type MeshStandardMaterial } from 'three';
import { applySkinLayer } from './materials';
import type { PreparedModel } from './prepare-model';

/**
 * The shader programs a later click would otherwise compile in the middle of a frame (a selection
 * draws the gold muscle and the trigger-point dots; the skin's other layer, ghosted or opaque, is
 * another program), compiled once the first frame is out, so the first selection is drawn as
 * fast as every other. Compiling takes a weak GPU hundreds of milliseconds and a software one
 * seconds, which a patient would see as the viewer hanging on the first click.
 */
function warmUpScene(model: PreparedModel): { scene: Group; keep: Material[] } {
  const { materials } = model;
  const geometry = [...model.muscles.values()][0]?.[0]?.geometry;
  const skinMesh = model.skin[0]?.mesh;
  // The skin in the layer it is not in now: its own material switches program when it changes.
  const otherSkin = materials.skin.clone();
  otherSkin.onBeforeCompile = materials.skin.onBeforeCompile;
  otherSkin.customProgramCacheKey = materials.skin.customProgramCacheKey;
  (otherSkin as MeshStandardMaterial & { defaultAttributeValues: object }).defaultAttributeValues = (
    materials.skin as MeshStandardMaterial & { defaultAttributeValues: object }
  ).defaultAttributeValues;
  applySkinLayer(otherSkin, materials.skin.transparent ? 'opaque' : 'ghosted');
  // The dots' material (src/scene/Marker.tsx): one program whatever their colour.
  const marker = new MeshBasicMaterial({ transparent: true, depthTest: false });
  const scene = new Group();
  const add = (material: Material, g = geometry) => g && scene.add(new Mesh(g, material));
  add(materials.selectedMuscle);
  add(materials.hoveredMuscle);
  add(materials.hoveredContext);
  add(marker);
  add(otherSkin, skinMesh?.geometry);
  // Kept while the model is shown: a disposed material gives up its program, and three deletes
  // a program no material uses, so the dots' program survives their unmounting between selections.
  return { scene, keep: [otherSkin, marker] };
}

const warmed = new WeakSet<PreparedModel>();
/** Whether the model's programs are all compiled (for the end-to-end tests' hook). */
export const shadersWarm = (model: PreparedModel): boolean => warmed.has(model);

/** Compiles the programs of `warmUpScene` after the first frame, with the scene's own lights. */
export function useWarmShaders(model: PreparedModel): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const warm = warmUpScene(model);
    const id = requestAnimationFrame(
      () => void gl.compileAsync(warm.scene, camera, scene).then(() => warmed.add(model)),
    );
    return () => {
      cancelAnimationFrame(id);
      for (const m of warm.keep) m.dispose();
    };
  }, [gl, camera, scene, model]);
}
